using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace SpotifySync.Companion.Configuration;

/// <summary>
/// The raw values of the settings and where each came from: the config file, overridden by environment variables.
/// The file is a JSON object whose keys are the settings' names (<see cref="Settings"/>); its path is
/// <c>--config</c>, else <c>SPOTIFY_SYNC_CONFIG</c>, else <c>$XDG_CONFIG_HOME/spotify-sync/config.json</c>
/// (<c>~/.config/spotify-sync/config.json</c>), which may be absent.
/// </summary>
public sealed class ConfigurationSources
{
    public const string ConfigPathVariable = "SPOTIFY_SYNC_CONFIG";

    /// <summary>The source of a value set by an environment variable (a config file's names the file).</summary>
    public const string EnvironmentSource = "environment variable";

    private readonly Dictionary<string, (string Value, string Source)> _values = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    private ConfigurationSources(string? configFile)
    {
        ConfigFile = configFile;
    }

    /// <summary>The config file that was read, as a full path; null when there was none.</summary>
    public string? ConfigFile { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; private init; } = new Dictionary<string, string?>();

    /// <summary>
    /// What was wrong with the config file: missing (when named explicitly), not JSON, unknown settings, values of the
    /// wrong kind, a mode that lets other users change it or read its secrets; every one of them, each a sentence naming the file and the fix. The settings it could read are used.
    /// </summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>
    /// Reads the file and the environment. An explicit file (<paramref name="configPath"/> or SPOTIFY_SYNC_CONFIG)
    /// must exist; the default one may be absent.
    /// </summary>
    public static ConfigurationSources Read(IReadOnlyDictionary<string, string?> environment, string? configPath)
    {
        var explicitPath = configPath ?? Value(environment, ConfigPathVariable);
        var path = explicitPath is not null ? Paths.Expand(explicitPath, environment) : DefaultConfigFile(environment);
        var exists = path is not null && File.Exists(path);
        var sources = new ConfigurationSources(exists ? path : null) { Environment = environment };
        if (explicitPath is not null && !exists)
        {
            sources._problems.Add($"The config file {path} does not exist: create it (see companion/README.md) or give another path with --config or {ConfigPathVariable}.");
        }
        if (exists) sources.ReadFile(path!);
        foreach (var setting in Settings.All)
        {
            if (Value(environment, setting.Name) is { } value) sources._values[setting.Name] = (value, EnvironmentSource);
        }
        return sources;
    }

    /// <summary>The setting's value (trimmed, never empty) and where it came from, or null when unset.</summary>
    public (string Value, string Source)? Get(Setting setting) => _values.TryGetValue(setting.Name, out var value) ? value : null;

    private void ReadFile(string path)
    {
        var text = File.ReadAllText(path);
        if (text.Trim() == "")
        {
            _problems.Add($"The config file {path} is empty: write the settings in it as a JSON object, such as {{\"TRACKS_DB_ID\": \"…\"}}, or remove it to use environment variables only.");
            return;
        }
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            _problems.Add($"The config file {path} is not valid JSON at {JsonSyntaxProblem.Describe(exception, text)}: fix it there, or remove the file to use environment variables only.");
            return;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            _problems.Add($"The config file {path} must hold a JSON object of settings, such as {{\"TRACKS_DB_ID\": \"…\"}}.");
            return;
        }
        var secrets = new List<Setting>();
        foreach (var property in root.EnumerateObject())
        {
            if (Settings.Find(property.Name) is not { } setting)
            {
                _problems.Add($"The config file {path} has the unknown setting '{property.Name}': " + (NearestSetting.For(property.Name) is { } nearest
                    ? $"did you mean {nearest.Name}?"
                    : "remove it or correct its name (the settings are listed in companion/README.md)."));
                continue;
            }
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.Object => property.Value.GetRawText(),
                _ => null,
            };
            if (value is null)
            {
                _problems.Add($"The setting {property.Name} in {path} is {property.Value.ValueKind}: give a string or a number.");
                continue;
            }
            if (value.Trim() == "") continue;
            _values[property.Name] = (value.Trim(), $"config file {path}");
            if (setting.IsSecret) secrets.Add(setting);
        }
        if (!OperatingSystem.IsWindows() && ModeProblem(path, File.GetUnixFileMode(path), secrets) is { } problem) _problems.Add(problem);
    }

    /// <summary>
    /// Refuses a config file other users may change, as ssh refuses a private key they may read: its settings name the
    /// programs the companion runs (SPOTIFY_SYNC_YTDLP, SPOTIFY_SYNC_CRONTAB) and where its data goes, so whoever can
    /// write it runs their programs as you. One they may only read is refused when it holds secrets; without any, it
    /// tells them nothing they could use.
    /// </summary>
    private static string? ModeProblem(string path, UnixFileMode mode, IReadOnlyList<Setting> secrets)
    {
        var octal = Convert.ToString((int)mode, 8).PadLeft(4, '0');
        var fix = $"make it yours only: `chmod 600 {path}`.";
        if ((mode & (UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0)
        {
            return $"The config file {path} can be changed by other users (mode {octal}), who could make the companion run programs of theirs: {fix}";
        }
        if ((mode & (UnixFileMode.GroupRead | UnixFileMode.OtherRead)) != 0 && secrets.Count > 0)
        {
            return $"The config file {path} can be read by other users (mode {octal}) and holds {Settings.Names(secrets)}: {fix}";
        }
        return null;
    }

    /// <summary>$XDG_CONFIG_HOME/spotify-sync/config.json, else ~/.config/spotify-sync/config.json; null without a home folder.</summary>
    public static string? DefaultConfigFile(IReadOnlyDictionary<string, string?> environment)
    {
        var configHome = Value(environment, "XDG_CONFIG_HOME") ?? (Paths.UserHome(environment) is { } home ? Path.Combine(home, ".config") : null);
        return configHome is null ? null : Path.Combine(configHome, "spotify-sync", "config.json");
    }

    private static string? Value(IReadOnlyDictionary<string, string?> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

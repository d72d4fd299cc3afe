using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Cron;

/// <summary>
/// The command the schedule runs, with absolute paths: this tool (the installed <c>spotify-sync</c>, or
/// <c>dotnet spotify-sync.dll</c> when run through dotnet), <c>sync --mode MODE --scheduled</c> (so that the
/// configuration row's Sync Mode applies to it, <see cref="Sync.RunTriggers.Schedule"/>), the config file that was used,
/// SPOTIFY_SYNC_HOME, and SPOTIFY_SYNC_YTDLP as the absolute path of the yt-dlp found now, since cron, systemd and
/// launchd start with an almost empty environment and a PATH of their own.
/// </summary>
public sealed class ScheduledCommand(CompanionConfiguration configuration)
{
    private const string DotnetRoot = "DOTNET_ROOT";

    /// <summary>The yt-dlp program as an absolute path, from the configured one and the PATH of now; null when not found.</summary>
    public string? YtDlp { get; } = ProgramPath.Resolve(configuration.YtDlp, configuration.Environment.GetValueOrDefault("PATH"));

    /// <summary>
    /// The environment variables the schedule's runs get: SPOTIFY_SYNC_HOME, SPOTIFY_SYNC_YTDLP when it was found, and
    /// DOTNET_ROOT when it is set: the tool's launcher finds .NET through it when .NET is not in the system's place
    /// (dotnet-install.sh puts it in ~/.dotnet), and without it a scheduled run would not start at all.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Variables
    {
        get
        {
            var variables = new List<KeyValuePair<string, string>> { new(Settings.Home.Name, Home) };
            if (YtDlp is { } ytDlp) variables.Add(new(Settings.YtDlp.Name, ytDlp));
            if (configuration.Environment.GetValueOrDefault(DotnetRoot) is { Length: > 0 } dotnetRoot) variables.Add(new(DotnetRoot, dotnetRoot));
            return variables;
        }
    }

    /// <summary>The program and its arguments, unquoted.</summary>
    public IReadOnlyList<string> Arguments(string mode)
    {
        var process = Environment.ProcessPath ?? "dotnet";
        var arguments = new List<string>();
        if (Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            arguments.Add(process);
            arguments.Add(Path.Combine(AppContext.BaseDirectory, "spotify-sync.dll"));
        }
        else
        {
            arguments.Add(process);
        }
        arguments.AddRange(["sync", "--mode", mode, "--scheduled"]);
        if (configuration.ConfigFile is { } file) arguments.AddRange(["--config", file]);
        return arguments;
    }

    public string Home => configuration.Home;

    public string CronLog => Path.Combine(configuration.LogsDir, "cron.log");

    /// <summary>The POSIX shell command line, for a crontab: each word single-quoted.</summary>
    public string ShellLine(string mode) =>
        $"{string.Join(" ", Variables.Select(v => $"{v.Key}={Quote(v.Value)}"))} {string.Join(" ", Arguments(mode).Select(Quote))} >> {Quote(CronLog)} 2>&1";

    public static IReadOnlyList<string> Modes { get; } = [SyncModes.Incremental, SyncModes.Full];

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

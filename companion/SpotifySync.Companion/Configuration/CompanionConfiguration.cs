using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tracks;

namespace SpotifySync.Companion.Configuration;

/// <summary>
/// The companion's settings, read from the config file and the environment (<see cref="ConfigurationSources"/>) and
/// checked: every value that is set is valid once this exists. What a command needs on top (Notion for a sync and for
/// the server's runs, the webhook secret to serve or call the API) is checked by <see cref="RequireSync"/>,
/// <see cref="RequireServe"/> and <see cref="RequireWebhookSecret"/>.
/// </summary>
public sealed class CompanionConfiguration
{
    public static readonly IReadOnlyList<string> AudioFormats = ["mp3", "m4a", "opus", "flac", "wav", "alac", "best"];

    /// <summary>How Notion's integration tokens start: <c>ntn_</c> since September 2024, <c>secret_</c> before.</summary>
    public static readonly IReadOnlyList<string> NotionTokenPrefixes = ["ntn_", "secret_"];

    /// <summary>What talking to Notion needs, each with what to set it to.</summary>
    private static readonly IReadOnlyList<(Setting Setting, string What)> NotionNeeds =
    [
        (Settings.NotionToken, "the Notion integration's secret (ntn_…)"),
        (Settings.TracksDbId, "the Music Tracks database's link or id"),
    ];

    /// <summary>What the full Spotify → Notion sync needs on top of Notion.</summary>
    private static readonly IReadOnlyList<(Setting Setting, string What)> SpotifyNeeds =
    [
        (Settings.SpotifyClientId, "the Client ID of your app on developer.spotify.com/dashboard"),
        (Settings.SpotifyClientSecret, "the Client secret of your app on developer.spotify.com/dashboard"),
        (Settings.SpotifyRefreshToken, "a refresh token of that app for your account (companion/README.md, \"The full Spotify → Notion sync\")"),
    ];

    private CompanionConfiguration()
    {
    }

    public string? ConfigFile { get; private init; }
    public string? NotionToken { get; private init; }
    public string? TracksDbId { get; private init; }
    public string? ConfigDbId { get; private init; }
    public string? WebhookSecret { get; private init; }
    public Uri? GasWebAppUrl { get; private init; }
    public string? SpotifyClientId { get; private init; }
    public string? SpotifyClientSecret { get; private init; }
    public string? SpotifyRefreshToken { get; private init; }

    /// <summary>Where requests to api.spotify.com and accounts.spotify.com go instead; null for the real hosts.</summary>
    public Uri? SpotifyBaseUrl { get; private init; }

    public Uri NotionBaseUrl { get; private init; } = new("https://api.notion.com");
    public int NotionRequestsPerSecond { get; private init; }
    public string Home { get; private init; } = "";
    public string DownloadDir { get; private init; } = "";
    public string YtDlp { get; private init; } = "";
    public string AudioFormat { get; private init; } = "";
    public TimeSpan DownloadTimeout { get; private init; }
    public int MaxDownloadAttempts { get; private init; }
    public IPAddress Bind { get; private init; } = IPAddress.Loopback;
    public int Port { get; private init; }
    public string Crontab { get; private init; } = "";
    public string AutomationName { get; private init; } = "";
    public TrackPropertyNames TrackProperties { get; private init; } = new();

    /// <summary>SPOTIFY_SYNC_TRACK_PROPERTIES as given (default name to the person's), for the sync core's settings.</summary>
    public IReadOnlyDictionary<string, string> TrackPropertyRenames { get; private init; } = new Dictionary<string, string>();

    /// <summary>Each setting's value as written and where it came from, the config file or an environment variable.</summary>
    public ConfigurationSources Sources { get; private init; } = null!;

    /// <summary>The environment the configuration was read from; the crontab entries and child processes keep it.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; private init; } = new Dictionary<string, string?>();

    public string StateFile => Path.Combine(Home, "state.json");
    public string LockFile => Path.Combine(Home, "sync.lock");
    public string DownloadArchive => Path.Combine(Home, "download-archive.txt");
    public string LogsDir => Path.Combine(Home, "logs");

    /// <summary>The sync core's key-value store (Apps Script's script properties): tokens, the full sync's cursor, the resolved data source.</summary>
    public string CoreStoreFile => Path.Combine(Home, "core-store.json");

    /// <summary>Whether any Spotify credential is set: then <see cref="RequireSpotify"/> wants all three, and full runs sync the library.</summary>
    public bool SyncsSpotify => SpotifyClientId is not null || SpotifyClientSecret is not null || SpotifyRefreshToken is not null;

    /// <summary>The values of the secrets that are set, which logs and output must never show.</summary>
    public IReadOnlyList<string> Secrets => new[] { NotionToken, WebhookSecret, SpotifyClientSecret, SpotifyRefreshToken }.OfType<string>().ToArray();

    /// <summary>Reads and checks the settings.</summary>
    /// <exception cref="ConfigurationException">
    /// Every problem at once, the config file's and the values': one sentence each, naming the setting, where it was set and the fix.
    /// </exception>
    public static CompanionConfiguration Load(IReadOnlyDictionary<string, string?> environment, string? configPath)
    {
        var sources = ConfigurationSources.Read(environment, configPath);
        var reader = new SettingReader(sources);
        var trackProperties = reader.TrackProperties(Settings.TrackProperties);
        var configuration = new CompanionConfiguration
        {
            ConfigFile = sources.ConfigFile,
            Sources = sources,
            Environment = environment,
            NotionToken = reader.NotionToken(Settings.NotionToken),
            TracksDbId = reader.NotionId(Settings.TracksDbId),
            ConfigDbId = reader.NotionId(Settings.ConfigDbId),
            WebhookSecret = reader.Text(Settings.WebhookSecret),
            GasWebAppUrl = reader.HttpUrl(Settings.GasWebAppUrl),
            SpotifyClientId = reader.Text(Settings.SpotifyClientId),
            SpotifyClientSecret = reader.Text(Settings.SpotifyClientSecret),
            SpotifyRefreshToken = reader.Text(Settings.SpotifyRefreshToken),
            SpotifyBaseUrl = reader.HttpUrl(Settings.SpotifyBaseUrl),
            NotionBaseUrl = reader.HttpUrl(Settings.NotionBaseUrl)!,
            NotionRequestsPerSecond = reader.Number(Settings.NotionRequestsPerSecond, 1, 10),
            Home = reader.Folder(Settings.Home, environment),
            DownloadDir = reader.Folder(Settings.DownloadDir, environment),
            YtDlp = reader.Text(Settings.YtDlp)!,
            AudioFormat = reader.OneOf(Settings.AudioFormat, AudioFormats),
            DownloadTimeout = TimeSpan.FromSeconds(reader.Number(Settings.DownloadTimeoutSeconds, 1, 86400)),
            MaxDownloadAttempts = reader.Number(Settings.MaxDownloadAttempts, 1, 100),
            Bind = reader.Address(Settings.Bind),
            Port = reader.Number(Settings.Port, 1, 65535),
            Crontab = reader.Text(Settings.Crontab)!,
            AutomationName = reader.Text(Settings.AutomationName)!,
            TrackProperties = trackProperties.Names,
            TrackPropertyRenames = trackProperties.Renames,
        };
        if (configuration.GasWebAppUrl is not null && configuration.WebhookSecret is null)
        {
            reader.Add($"{Settings.GasWebAppUrl.Name} is set but {Settings.WebhookSecret.Name} is not: the reports to Apps Script are signed with it; set {Settings.WebhookSecret.Name} to the same value as Apps Script's script property.");
        }
        reader.ThrowIfProblems();
        return configuration;
    }

    /// <summary>Checks what talking to Notion needs: the token and the Tracks database.</summary>
    public void RequireNotion() => Require(NotionNeeds);

    /// <summary>Checks what a sync run of the mode needs (<see cref="RequiredForSync"/>).</summary>
    public void RequireSync(string mode) => Require(SyncNeeds(mode));

    /// <summary>The settings a sync run of the mode cannot start without: Notion's, and for a full run with any Spotify credential set, all three (<see cref="SyncsSpotify"/>).</summary>
    public IReadOnlyList<Setting> RequiredForSync(string mode) => SyncNeeds(mode).Select(need => need.Setting).ToList();

    /// <summary>Checks what the full Spotify → Notion sync needs: Notion, and the Spotify app's credentials with a refresh token.</summary>
    public void RequireSpotify() => Require([.. NotionNeeds, .. SpotifyNeeds]);

    /// <summary>
    /// Checks what serving needs, at start rather than in the first run a request starts: what every run needs
    /// (Notion), what full runs need when any Spotify credential is set (all three, as <c>sync --mode full</c> checks),
    /// and the webhook secret, on any address: a tunnel brings every request from loopback.
    /// </summary>
    public void RequireServe() => Require(SyncNeeds(SyncModes.Full), WebhookSecret is null ? [MissingWebhookSecret()] : []);

    /// <summary>WEBHOOK_SECRET, which signs every request of the webhook API but <c>/gas/health</c>, both ways.</summary>
    /// <exception cref="ConfigurationException">It is not set; the message says how to make one.</exception>
    public string RequireWebhookSecret() => WebhookSecret ?? throw new ConfigurationException([MissingWebhookSecret()]);

    private string MissingWebhookSecret() =>
        $"{Settings.WebhookSecret.Name} is not set: every request of the webhook API but GET /gas/health is signed with it, wherever the server listens (a tunnel brings " +
        $"every request from 127.0.0.1). Run `spotify-sync secret` to write a new one to the config file {ConfigFile ?? "(~/.config/spotify-sync/config.json)"}, " +
        $"then set Apps Script's Script Property {Settings.WebhookSecret.Name} to the value it prints.";

    private IReadOnlyList<(Setting Setting, string What)> SyncNeeds(string mode) => mode == SyncModes.Full && SyncsSpotify ? [.. NotionNeeds, .. SpotifyNeeds] : NotionNeeds;

    private void Require(IEnumerable<(Setting Setting, string What)> needs, IEnumerable<string>? more = null)
    {
        var problems = needs.Where(need => Sources.Get(need.Setting) is null).Select(need => Missing(need.Setting, need.What)).Concat(more ?? []).ToList();
        if (problems.Count > 0) throw new ConfigurationException(problems);
    }

    private string Missing(Setting setting, string what) =>
        $"{setting.Name} is not set: set it to {what}, as an environment variable or in the config file {ConfigFile ?? "(~/.config/spotify-sync/config.json)"}.";

    /// <summary>Reads each setting, falling back to its default, and collects the problems instead of stopping at the first.</summary>
    private sealed class SettingReader(ConfigurationSources sources)
    {
        private readonly List<string> _problems = [.. sources.Problems];

        public string? Text(Setting setting) => sources.Get(setting)?.Value ?? setting.Default;

        /// <summary>
        /// The token, when it has the shape of Notion's integration tokens: <c>ntn_…</c>, or <c>secret_…</c> for those
        /// made before September 2024. Anything else was pasted from the wrong place, and is refused now rather than
        /// answered with a 401 by the first request of a run.
        /// </summary>
        public string? NotionToken(Setting setting)
        {
            if (sources.Get(setting) is not { } value) return null;
            if (NotionTokenPrefixes.Any(prefix => value.Value.StartsWith(prefix, StringComparison.Ordinal))) return value.Value;
            return Problem<string?>(setting, value, $"is not a Notion integration token, which starts with {string.Join(" or, for older ones, ", NotionTokenPrefixes)}",
                "copy the Internal Integration Secret of your integration from https://www.notion.so/profile/integrations", null);
        }

        public string? NotionId(Setting setting)
        {
            if (sources.Get(setting) is not { } value) return null;
            try
            {
                return NotionIds.Normalize(value.Value, setting.Name);
            }
            catch (ArgumentException)
            {
                return Problem<string?>(setting, value, "holds no Notion id", "paste the database's link (Share → Copy link) or its 32-character id", null);
            }
        }

        public Uri? HttpUrl(Setting setting)
        {
            var text = Text(setting);
            if (text is null) return null;
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)) return uri;
            return Problem<Uri?>(setting, sources.Get(setting)!.Value, "is not an http or https URL", "give the full address, such as https://…", null);
        }

        public int Number(Setting setting, int min, int max)
        {
            var text = Text(setting)!;
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max) return number;
            return Problem(setting, sources.Get(setting)!.Value, "is not a whole number from " + min + " to " + max, $"set a number from {min} to {max}", min);
        }

        public string OneOf(Setting setting, IReadOnlyList<string> allowed)
        {
            var text = Text(setting)!;
            if (allowed.Contains(text)) return text;
            return Problem(setting, sources.Get(setting)!.Value, "is not one of " + string.Join(", ", allowed), "set one of them", allowed[0]);
        }

        public string Folder(Setting setting, IReadOnlyDictionary<string, string?> environment)
        {
            var text = Text(setting)!;
            try
            {
                return Paths.Expand(text, environment);
            }
            catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return Problem(setting, sources.Get(setting)!.Value, "is not a usable path", "give a folder path", "");
            }
        }

        public IPAddress Address(Setting setting)
        {
            var text = Text(setting)!;
            if (text == "localhost") return IPAddress.Loopback;
            if (IPAddress.TryParse(text, out var address)) return address;
            return Problem(setting, sources.Get(setting)!.Value, "is not an IP address", "give an address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)", IPAddress.Loopback);
        }

        public (TrackPropertyNames Names, Dictionary<string, string> Renames) TrackProperties(Setting setting)
        {
            if (sources.Get(setting) is not { } value) return (new TrackPropertyNames(), []);
            try
            {
                var renames = JsonSerializer.Deserialize<Dictionary<string, string>>(value.Value) ?? [];
                return (TrackSchema.Names(renames), renames);
            }
            catch (JsonException)
            {
                return Problem(setting, value, "is not a JSON object of names", "write it as {\"Artist\": \"Artists\"}", (new TrackPropertyNames(), new Dictionary<string, string>()));
            }
            catch (ArgumentException exception)
            {
                return Problem(setting, value, "renames a property wrongly (" + exception.Message + ")", "correct the names", (new TrackPropertyNames(), new Dictionary<string, string>()));
            }
        }

        public void Add(string problem) => _problems.Add(problem);

        public void ThrowIfProblems()
        {
            if (_problems.Count > 0) throw new ConfigurationException(_problems);
        }

        private T Problem<T>(Setting setting, (string Value, string Source) value, string what, string fix, T fallback)
        {
            var shown = setting.IsSecret ? "(secret)" : $"'{value.Value}'";
            _problems.Add($"{setting.Name} {shown} from the {value.Source} {what}: {fix}.");
            return fallback;
        }
    }
}

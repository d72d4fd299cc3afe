using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Companion.Configuration;

/// <summary>
/// Every setting the companion reads. The names shared with Apps Script's script properties (NOTION_TOKEN,
/// TRACKS_DB_ID, CONFIG_DB_ID, WEBHOOK_SECRET) are the same on both sides; the companion's own are prefixed.
/// </summary>
public static class Settings
{
    public static readonly Setting NotionToken = new("NOTION_TOKEN", "The Notion integration's secret (its Internal Integration Secret): ntn_…, or secret_… for tokens made before September 2024.", null, IsSecret: true);
    public static readonly Setting TracksDbId = new("TRACKS_DB_ID", "The Music Tracks database or data source: its id or link.", null);
    public static readonly Setting ConfigDbId = new("CONFIG_DB_ID", "The Notion configuration database whose row for this companion holds Sync Enabled, Sync Mode and Cron Active.", null);
    public static readonly Setting WebhookSecret = new("WEBHOOK_SECRET", "The secret every webhook request is signed with, both directions (HMAC-SHA256); the same as Apps Script's. `spotify-sync secret` makes one.", null, IsSecret: true);
    public static readonly Setting GasWebAppUrl = new("SPOTIFY_SYNC_GAS_WEBAPP_URL", "The Apps Script web app URL (Deploy → Web app) the companion reports each run to.", null);
    public static readonly Setting SpotifyClientId = new("SPOTIFY_CLIENT_ID", "The Client ID of your Spotify app (developer.spotify.com/dashboard), for the full Spotify → Notion sync of `sync --mode full`; the same as Apps Script's.", null);
    public static readonly Setting SpotifyClientSecret = new("SPOTIFY_CLIENT_SECRET", "The Client secret of that Spotify app; the same as Apps Script's.", null, IsSecret: true);
    public static readonly Setting SpotifyRefreshToken = new("SPOTIFY_REFRESH_TOKEN", "A refresh token of that app for your account (companion/README.md says how to get one); the companion keeps the rotated ones in core-store.json.", null, IsSecret: true);
    public static readonly Setting SpotifyBaseUrl = new("SPOTIFY_SYNC_SPOTIFY_BASE_URL", "Where the Spotify Web API and accounts service are, one address serving both (a sandbox on loopback for tests and the demo); unset: api.spotify.com and accounts.spotify.com.", null);
    public static readonly Setting NotionBaseUrl = new("SPOTIFY_SYNC_NOTION_BASE_URL", "Where the Notion API is (a sandbox on loopback for tests and the demo).", "https://api.notion.com");
    public static readonly Setting NotionRequestsPerSecond = new("SPOTIFY_SYNC_NOTION_REQUESTS_PER_SECOND", "The pace of Notion requests, 1 to 10.", "3");
    public static readonly Setting Home = new("SPOTIFY_SYNC_HOME", "The folder of the state file, the lock file, the download archive and logs/.", "~/.spotify-sync");
    public static readonly Setting DownloadDir = new("SPOTIFY_SYNC_DOWNLOAD_DIR", "The folder the audio files are downloaded into.", "~/Music/SpotifySync");
    public static readonly Setting YtDlp = new("SPOTIFY_SYNC_YTDLP", "The yt-dlp program: a name on PATH or a path.", "yt-dlp");
    public static readonly Setting AudioFormat = new("SPOTIFY_SYNC_AUDIO_FORMAT", "yt-dlp's --audio-format: mp3, m4a, opus, flac, wav, alac or best.", "mp3");
    public static readonly Setting DownloadTimeoutSeconds = new("SPOTIFY_SYNC_DOWNLOAD_TIMEOUT_SECONDS", "How long one track's search or download may take before it is stopped and counted as Failed, 1 to 86400.", "600");
    public static readonly Setting MaxDownloadAttempts = new("SPOTIFY_SYNC_MAX_DOWNLOAD_ATTEMPTS", "How many times a full run tries a Failed download, with growing pauses, before leaving it Failed, 1 to 100.", "5");
    public static readonly Setting Bind = new("SPOTIFY_SYNC_BIND", "The address `serve` listens on.", "127.0.0.1");
    public static readonly Setting Port = new("SPOTIFY_SYNC_PORT", "The port `serve` listens on, 1 to 65535.", "5001");
    public static readonly Setting Crontab = new("SPOTIFY_SYNC_CRONTAB", "The crontab program `cron` edits the schedule with (`-l` to read, `-` to write from standard input).", "crontab");
    public static readonly Setting AutomationName = new("SPOTIFY_SYNC_AUTOMATION_NAME", "The Name of this companion's row in the configuration database.", "Companion");
    public static readonly Setting TrackProperties = new("SPOTIFY_SYNC_TRACK_PROPERTIES", "Tracks properties a person renamed, as a JSON object from the default name to theirs: {\"Artist\": \"Artists\"}.", null);

    public static IReadOnlyList<Setting> All { get; } =
    [
        NotionToken, TracksDbId, ConfigDbId, WebhookSecret, GasWebAppUrl, SpotifyClientId, SpotifyClientSecret, SpotifyRefreshToken, SpotifyBaseUrl, NotionBaseUrl, NotionRequestsPerSecond, Home, DownloadDir, YtDlp,
        AudioFormat, DownloadTimeoutSeconds, MaxDownloadAttempts, Bind, Port, Crontab, AutomationName, TrackProperties,
    ];

    public static Setting? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>The settings' names as a sentence says them: <c>NOTION_TOKEN, TRACKS_DB_ID and CONFIG_DB_ID</c>.</summary>
    public static string Names(IEnumerable<Setting> settings)
    {
        var names = settings.Select(s => s.Name).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }
}

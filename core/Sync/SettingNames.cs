namespace SpotifySync.Core.Sync;

/// <summary>The script properties a person sets, exactly as docs/architecture.md names them.</summary>
public static class SettingNames
{
    public const string SpotifyClientId = "SPOTIFY_CLIENT_ID";
    public const string SpotifyClientSecret = "SPOTIFY_CLIENT_SECRET";
    public const string NotionToken = "NOTION_TOKEN";
    public const string TracksDbId = "TRACKS_DB_ID";

    /// <summary>Optional: a refresh token obtained elsewhere, instead of <c>authorizeSpotify()</c>.</summary>
    public const string SpotifyRefreshToken = "SPOTIFY_REFRESH_TOKEN";

    /// <summary>Optional: the Notion configuration database (one row per automation; the script's has Trigger Type GAS).</summary>
    public const string ConfigDbId = "CONFIG_DB_ID";

    /// <summary>Optional: the companion's base URL, notified (signed) when a run created pages.</summary>
    public const string CompanionUrl = "COMPANION_URL";

    /// <summary>Optional: the shared secret of the webhook signatures, both directions.</summary>
    public const string WebhookSecret = "WEBHOOK_SECRET";

    /// <summary>Optional: where alerts are mailed.</summary>
    public const string AlertEmail = "ALERT_EMAIL";
}

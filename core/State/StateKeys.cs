namespace SpotifySync.Core.State;

/// <summary>
/// The keys the sync core writes into the key-value store (the script properties). All carry the
/// <see cref="Prefix"/>, so they never clash with the settings a person enters (<c>SPOTIFY_CLIENT_ID</c>, ...),
/// and deleting every key with the prefix resets the sync's state without touching its settings.
/// </summary>
public static class StateKeys
{
    public const string Prefix = "SPOTIFY_SYNC_STATE_";

    /// <summary>The Spotify refresh token from the authorization (or its latest rotation); wins over <c>SPOTIFY_REFRESH_TOKEN</c>.</summary>
    public const string SpotifyRefreshToken = Prefix + "SPOTIFY_REFRESH_TOKEN";

    /// <summary>The current Spotify access token.</summary>
    public const string SpotifyAccessToken = Prefix + "SPOTIFY_ACCESS_TOKEN";

    /// <summary>When <see cref="SpotifyAccessToken"/> expires, ISO 8601 UTC.</summary>
    public const string SpotifyAccessTokenExpiresAt = Prefix + "SPOTIFY_ACCESS_TOKEN_EXPIRES_AT";

    /// <summary>
    /// When the user authorized the app, ISO 8601 UTC: the refresh token dies 6 months later. For a token given in
    /// <c>SPOTIFY_REFRESH_TOKEN</c> it is when the sync first used it, since the authorization itself is unknown.
    /// </summary>
    public const string SpotifyAuthorizedAt = Prefix + "SPOTIFY_AUTHORIZED_AT";

    /// <summary>
    /// A refresh token Spotify answered <c>invalid_grant</c> to. It is never sent again, so a revoked or expired
    /// authorization costs no call per run; a new authorization or a new <c>SPOTIFY_REFRESH_TOKEN</c> lifts it.
    /// </summary>
    public const string SpotifyRevokedRefreshToken = Prefix + "SPOTIFY_REVOKED_REFRESH_TOKEN";

    /// <summary>The resolved Tracks data source: <c>{TRACKS_DB_ID as given}|{data source id}</c>.</summary>
    public const string NotionTracksDataSource = Prefix + "NOTION_TRACKS_DATA_SOURCE";

    /// <summary>The resolved configuration data source: <c>{CONFIG_DB_ID as given}|{data source id}</c>.</summary>
    public const string NotionConfigDataSource = Prefix + "NOTION_CONFIG_DATA_SOURCE";

    /// <summary>The sync's settings as <c>initializeSpotifySync</c> stored them (JSON of <c>SyncSettings</c>); defaults when absent.</summary>
    public const string Settings = Prefix + "SETTINGS";

    /// <summary>
    /// How far the incremental sync of liked songs got (JSON of <c>SavedTracksWatermark</c>): the newest <c>added_at</c>
    /// in Notion and the tracks liked at that same second, so that a like later in that second is not mistaken for one seen.
    /// </summary>
    public const string SavedTracksWatermark = Prefix + "SAVED_TRACKS_WATERMARK";

    /// <summary>The resumable full sync (JSON of <c>FullSyncState</c>): its phase, offset in <c>/me/tracks</c> and start time.</summary>
    public const string FullSync = Prefix + "FULL_SYNC";

    /// <summary>The Unix milliseconds of the newest play counted by the recently played sync (Spotify's <c>after</c> cursor).</summary>
    public const string RecentlyPlayedCursor = Prefix + "RECENTLY_PLAYED_CURSOR";

    /// <summary>The prefix of one key per playlist (JSON of <c>PlaylistCursor</c>): its resumable offset and last synced snapshot.</summary>
    public const string PlaylistPrefix = Prefix + "PLAYLIST_";

    /// <summary>When Spotify accepts calls again after a long 429 (JSON of <c>SpotifyBlock</c>); runs before then make no call.</summary>
    public const string SpotifyBlockedUntil = Prefix + "SPOTIFY_BLOCKED_UNTIL";

    /// <summary>
    /// When Notion accepts requests again after a 429 or 529 whose Retry-After outlasted the run (ISO 8601 UTC);
    /// Notion gets no request before then.
    /// </summary>
    public const string NotionBlockedUntil = Prefix + "NOTION_BLOCKED_UNTIL";

    /// <summary>When each kind of alert was last mailed (JSON object of kind to ISO 8601 time), for at most one a day per kind.</summary>
    public const string AlertsSent = Prefix + "ALERTS_SENT";

    /// <summary>Failed runs in a row and the last error (JSON of <c>RunHealth</c>), for the repeated-failures alert.</summary>
    public const string RunHealth = Prefix + "RUN_HEALTH";

    /// <summary>Signatures of the webhook envelopes accepted in the last minutes (JSON list), so that a replayed one is refused.</summary>
    public const string WebhookSignatures = Prefix + "WEBHOOK_SIGNATURES";

    /// <summary>The OAuth state tokens whose authorization came back (JSON list, hashed), so that a state is accepted once.</summary>
    public const string AuthorizationStates = Prefix + "AUTHORIZATION_STATES";

    /// <summary>The interval, in minutes, of the sync trigger <c>setupTimeTrigger</c> installed (a trigger cannot be asked its own).</summary>
    public const string TriggerMinutes = Prefix + "TRIGGER_MINUTES";

    /// <summary>The interval, in minutes, of the recently played trigger <c>setupTimeTrigger</c> installed.</summary>
    public const string PlaysTriggerMinutes = Prefix + "PLAYS_TRIGGER_MINUTES";

    /// <summary>The latest events the companion posted to <c>doPost</c>, newest first, as JSON.</summary>
    public const string CompanionEvents = Prefix + "COMPANION_EVENTS";
}

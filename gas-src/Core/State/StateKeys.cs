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
}

namespace SpotifySync.Core.Spotify;

/// <summary>The Spotify app the sync signs in as (script properties <c>SPOTIFY_CLIENT_ID</c>, <c>SPOTIFY_CLIENT_SECRET</c>) and its registered redirect URI.</summary>
public sealed class SpotifyAppCredentials
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Exactly as registered in the app's dashboard; for Apps Script <see cref="SpotifyAuth.AppsScriptRedirectUri"/>.</summary>
    public string RedirectUri { get; set; } = "";
}

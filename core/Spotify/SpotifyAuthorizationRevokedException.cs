using System;

namespace SpotifySync.Core.Spotify;

/// <summary>
/// The refresh token is dead (<c>invalid_grant</c>): the user removed the app, or its 6 months since authorization
/// are over. Never retried; the only fix is to authorize again.
/// </summary>
public sealed class SpotifyAuthorizationRevokedException : Exception
{
    public SpotifyAuthorizationRevokedException(string description)
        : base($"Spotify no longer accepts the refresh token ({description}). Re-authorize: run authorizeSpotify() and open the URL it logs, or put a new token in the script property SPOTIFY_REFRESH_TOKEN.")
    {
        Description = description;
    }

    /// <summary>Spotify's <c>error_description</c>, such as <c>Refresh token revoked</c>.</summary>
    public string Description { get; }
}

using System;

namespace SpotifySync.Core.Spotify;

/// <summary>There is no refresh token at all: the app was never authorized.</summary>
public sealed class SpotifyNotAuthorizedException : Exception
{
    public SpotifyNotAuthorizedException()
        : base("Spotify is not authorized yet: run authorizeSpotify() and open the URL it logs, or put a refresh token in the script property SPOTIFY_REFRESH_TOKEN.")
    {
    }
}

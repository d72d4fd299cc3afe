using System;

namespace SpotifySync.Core.Spotify;

/// <summary>
/// The token endpoint refused the app or the request (a wrong client id or secret, an expired authorization code),
/// with a message that says which setting to fix.
/// </summary>
public sealed class SpotifyAuthException : Exception
{
    public SpotifyAuthException(string error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>The token endpoint's <c>error</c>, such as <c>invalid_client</c>.</summary>
    public string Error { get; }
}

using System;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary>Thrown by query validation deep in a handler; the Web API gate answers it with the error it carries.</summary>
internal sealed class SpotifyErrorException(SpotifyError error) : Exception("The request was answered with a Spotify error.")
{
    public SpotifyError Error { get; } = error;
}

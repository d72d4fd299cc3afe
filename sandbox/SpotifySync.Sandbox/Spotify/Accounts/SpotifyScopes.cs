using System;
using System.Collections.Generic;

namespace SpotifySync.Sandbox.Spotify.Accounts;

/// <summary>The authorization scopes Spotify knows, and the ones each endpoint this simulator serves needs.</summary>
public static class SpotifyScopes
{
    public const string LibraryRead = "user-library-read";
    public const string RecentlyPlayed = "user-read-recently-played";
    public const string PlaylistReadPrivate = "playlist-read-private";
    public const string PlaylistReadCollaborative = "playlist-read-collaborative";

    /// <summary>What the sync asks for (reference: "Recommended scope string").</summary>
    public const string Recommended = "user-library-read user-read-recently-played playlist-read-private playlist-read-collaborative";

    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "ugc-image-upload", "user-read-playback-state", "user-modify-playback-state", "user-read-currently-playing", "app-remote-control",
        "streaming", "playlist-read-private", "playlist-read-collaborative", "playlist-modify-private", "playlist-modify-public",
        "user-follow-modify", "user-follow-read", "user-read-playback-position", "user-top-read", "user-read-recently-played",
        "user-library-modify", "user-library-read", "user-read-email", "user-read-private", "user-personalized",
    };
}

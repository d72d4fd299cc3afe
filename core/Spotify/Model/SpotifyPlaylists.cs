namespace SpotifySync.Core.Spotify.Model;

/// <summary>Reads playlist entries whatever the API's naming era: <c>item ?? track</c>.</summary>
public static class SpotifyPlaylists
{
    /// <summary>The entry's track or episode, or null when it is no longer available.</summary>
    public static SpotifyTrack? ItemOf(SpotifyPlaylistItem entry) => entry.Item ?? entry.Track;
}

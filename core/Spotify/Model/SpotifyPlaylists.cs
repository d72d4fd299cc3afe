namespace SpotifySync.Core.Spotify.Model;

/// <summary>Reads playlists whatever the API's naming era: <c>item ?? track</c>, <c>items ?? tracks</c>.</summary>
public static class SpotifyPlaylists
{
    /// <summary>The entry's track or episode, or null when it is no longer available.</summary>
    public static SpotifyTrack? ItemOf(SpotifyPlaylistItem entry) => entry.Item ?? entry.Track;

    /// <summary>The playlist's contents (a first page, or <c>{href, total}</c>), or null when the API gives none.</summary>
    public static SpotifyPage<SpotifyPlaylistItem>? ContentsOf(SpotifyPlaylist playlist) => playlist.Items ?? playlist.Tracks;
}

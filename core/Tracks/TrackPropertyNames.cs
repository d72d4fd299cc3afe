namespace SpotifySync.Core.Tracks;

/// <summary>
/// The names of the Tracks data source's properties, defaulting to docs/architecture.md's; a person may name them
/// otherwise (<see cref="TrackSchema.Names"/>). The sync owns Name through In Library; the companion owns
/// Download Status, Downloaded, File Path and SoundCloud URL.
/// </summary>
public sealed class TrackPropertyNames
{
    public string Name { get; set; } = "Name";
    public string Artist { get; set; } = "Artist";
    public string Album { get; set; } = "Album";
    public string SpotifyId { get; set; } = "Spotify ID";
    public string SpotifyUrl { get; set; } = "Spotify URL";
    public string Isrc { get; set; } = "ISRC";
    public string Duration { get; set; } = "Duration";
    public string ReleaseDate { get; set; } = "Release Date";
    public string AddedAt { get; set; } = "Added At";
    public string Source { get; set; } = "Source";
    public string Playlists { get; set; } = "Playlists";
    public string LastPlayed { get; set; } = "Last Played";
    public string PlayCount { get; set; } = "Play Count";
    public string InLibrary { get; set; } = "In Library";
    public string DownloadStatus { get; set; } = "Download Status";
    public string Downloaded { get; set; } = "Downloaded";
    public string FilePath { get; set; } = "File Path";
    public string SoundCloudUrl { get; set; } = "SoundCloud URL";
}

namespace SpotifySync.Core.Tracks;

/// <summary>The options of the Source select: where the sync first found the track.</summary>
public static class TrackSources
{
    public const string Saved = "Saved";
    public const string RecentlyPlayed = "Recently Played";
    public const string Playlist = "Playlist";
}

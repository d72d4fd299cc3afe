namespace SpotifySync.Core.Tracks;

/// <summary>How the sync met a track: the Source option, and what that source tells about it.</summary>
public sealed class TrackContext
{
    /// <summary>One of <see cref="TrackSources"/>.</summary>
    public string Source { get; set; } = TrackSources.Saved;

    /// <summary>When the track was liked or added to the playlist (ISO 8601), when known.</summary>
    public string? AddedAt { get; set; }

    /// <summary>The playlist's name, for <see cref="TrackSources.Playlist"/>.</summary>
    public string? PlaylistName { get; set; }

    /// <summary>When it was played (ISO 8601), for <see cref="TrackSources.RecentlyPlayed"/>.</summary>
    public string? PlayedAt { get; set; }
}

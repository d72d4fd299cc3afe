using System.Collections.Generic;

namespace SpotifySync.Core.Sync.Tracks;

/// <summary>A Tracks page as the sync reads it: its id and the sync-owned values it compares before writing.</summary>
public sealed class TrackPage
{
    public string PageId { get; set; } = "";

    public string SpotifyId { get; set; } = "";

    public bool InLibrary { get; set; }

    /// <summary>ISO 8601 as Notion returns it (to the minute), or null when empty.</summary>
    public string? AddedAt { get; set; }

    /// <summary>ISO 8601 as Notion returns it (to the minute), or null when empty.</summary>
    public string? LastPlayed { get; set; }

    public long? PlayCount { get; set; }

    /// <summary>The Playlists option names, a person's own among them.</summary>
    public List<string> Playlists { get; set; } = new();
}

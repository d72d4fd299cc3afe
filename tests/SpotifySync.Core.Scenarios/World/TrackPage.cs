namespace SpotifySync.Core.Scenarios.World;

/// <summary>A page of the Tracks data source as Notion holds it, its properties (the default names) as plain values.</summary>
public sealed class TrackPage
{
    public string Id { get; set; } = "";

    public string SpotifyId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Artist { get; set; } = "";

    /// <summary>The Source option: Saved, Recently Played or Playlist; null when none.</summary>
    public string? Source { get; set; }

    public string[] Playlists { get; set; } = new string[0];

    public bool InLibrary { get; set; }

    public double? PlayCount { get; set; }

    /// <summary>The date's start as Notion gives it back, or null.</summary>
    public string? AddedAt { get; set; }

    public string? LastPlayed { get; set; }

    public string? DownloadStatus { get; set; }

    public bool Downloaded { get; set; }

    public string FilePath { get; set; } = "";
}

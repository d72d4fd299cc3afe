using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using SpotifySync.Core.Sync.Tracks;

namespace SpotifySync.Core.Sync.Results;

/// <summary>What one run of a playlist's sync did.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class PlaylistSyncResult
{
    /// <summary>One line: status, playlist, entries and counts.</summary>
    public string Summary { get; set; } = "";

    /// <summary>One of <see cref="RunStatuses"/>.</summary>
    public string Status { get; set; } = RunStatuses.Done;

    public string? Error { get; set; }

    public string PlaylistId { get; set; } = "";

    public string? PlaylistName { get; set; }

    /// <summary>Entries of the playlist read in this run.</summary>
    public int Entries { get; set; }

    public SyncTally Tracks { get; set; } = new();

    /// <summary>True when the walk reached the playlist's end (now or in an earlier run, for an unchanged playlist).</summary>
    public bool Complete { get; set; }

    public long DurationMs { get; set; }
}

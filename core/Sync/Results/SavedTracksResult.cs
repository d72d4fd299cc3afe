using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using SpotifySync.Core.Sync.Tracks;

namespace SpotifySync.Core.Sync.Results;

/// <summary>What one run of the incremental sync of liked songs did, with the full sync it carried on, if any.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class SavedTracksResult
{
    /// <summary>One line: status, new likes and counts.</summary>
    public string Summary { get; set; } = "";

    /// <summary>One of <see cref="RunStatuses"/>.</summary>
    public string Status { get; set; } = RunStatuses.Done;

    public string? Error { get; set; }

    /// <summary>Likes newer than the watermark found at the head of the liked songs.</summary>
    public int NewLikes { get; set; }

    public SyncTally Tracks { get; set; } = new();

    /// <summary>The watermark's <c>added_at</c> after the run.</summary>
    public string? Watermark { get; set; }

    /// <summary>The full sync this run began or carried on (the backlog of a first run), or null when none was in progress.</summary>
    public FullSyncResult? FullSync { get; set; }

    public long DurationMs { get; set; }
}

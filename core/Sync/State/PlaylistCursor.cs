using Newtonsoft.Json;

namespace SpotifySync.Core.Sync.State;

/// <summary>How far the sync of one playlist got: the next offset of <c>/items</c>, and the snapshot it finished last.</summary>
public sealed class PlaylistCursor
{
    [JsonProperty("offset")]
    public int? Offset { get; set; }

    /// <summary>The <c>snapshot_id</c> being walked; a new one restarts the walk.</summary>
    [JsonProperty("snapshotId")]
    public string? SnapshotId { get; set; }

    /// <summary>True when the walk of <see cref="SnapshotId"/> reached the end: an unchanged playlist costs one call.</summary>
    [JsonProperty("complete")]
    public bool? Complete { get; set; }
}

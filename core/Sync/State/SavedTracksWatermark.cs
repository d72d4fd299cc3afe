using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Sync.State;

/// <summary>
/// Where the incremental sync of liked songs stands: every like up to <see cref="AddedAt"/> is in Notion, and of the
/// likes at that very second (<c>added_at</c> has no finer precision) those in <see cref="Keys"/>. A like newer than
/// that, or at that second but not among the keys, is new. Null <see cref="AddedAt"/>: the library was empty.
/// </summary>
public sealed class SavedTracksWatermark
{
    /// <summary>Spotify's <c>added_at</c>, ISO 8601 UTC to the second.</summary>
    [JsonProperty("addedAt")]
    public string? AddedAt { get; set; }

    /// <summary>The track ids (a local file's uri) liked at <see cref="AddedAt"/> that are in Notion.</summary>
    [JsonProperty("keys")]
    public List<string>? Keys { get; set; }
}

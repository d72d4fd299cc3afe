using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Core.Sync.State;

/// <summary>
/// A merge of one track's pages, saved before its first write: the update of the oldest page, computed once from
/// the pages as they were, and the pages to move to the trash. An execution that ends midway leaves it for the
/// next one, which sends the same absolute values again instead of adding the play counts a second time.
/// </summary>
public sealed class DuplicateMerge
{
    [JsonProperty("spotifyId")]
    public string? SpotifyId { get; set; }

    /// <summary>The oldest page, which keeps the track.</summary>
    [JsonProperty("survivor")]
    public string? Survivor { get; set; }

    /// <summary>The survivor's properties that change (<see cref="Tracks.DuplicateMergeRule"/>).</summary>
    [JsonProperty("properties")]
    public Dictionary<string, NotionPropertyValue>? Properties { get; set; }

    /// <summary>A cover the survivor lacked; null when it keeps its own.</summary>
    [JsonProperty("cover")]
    public NotionFileObject? Cover { get; set; }

    /// <summary>The other pages, moved to the trash once the survivor holds their values.</summary>
    [JsonProperty("duplicates")]
    public List<string>? Duplicates { get; set; }
}

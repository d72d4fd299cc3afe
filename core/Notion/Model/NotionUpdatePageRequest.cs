using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// The body of <c>PATCH /v1/pages/{id}</c>: only the properties given change (a multi_select is replaced whole, not
/// appended to), so the sync sends just the ones it owns and that differ.
/// </summary>
public sealed class NotionUpdatePageRequest
{
    [JsonProperty("properties")]
    public Dictionary<string, NotionPropertyValue> Properties { get; set; } = new();

    [JsonProperty("icon")]
    public NotionFileObject? Icon { get; set; }

    [JsonProperty("cover")]
    public NotionFileObject? Cover { get; set; }

    /// <summary>True moves the page to the trash, where a person can restore it for 30 days; false restores it.</summary>
    [JsonProperty("in_trash")]
    public bool? InTrash { get; set; }
}

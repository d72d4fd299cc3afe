using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>The body of <c>POST /v1/pages</c>: a new row of a data source, with album art as icon and cover.</summary>
public sealed class NotionCreatePageRequest
{
    [JsonProperty("parent")]
    public NotionParent Parent { get; set; } = new();

    [JsonProperty("properties")]
    public Dictionary<string, NotionPropertyValue> Properties { get; set; } = new();

    [JsonProperty("icon")]
    public NotionFileObject? Icon { get; set; }

    [JsonProperty("cover")]
    public NotionFileObject? Cover { get; set; }
}

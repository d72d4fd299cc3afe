using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>A data source: the schema (<see cref="Properties"/>, keyed by name) and rows of a database.</summary>
public sealed class NotionDataSource
{
    [JsonProperty("object")]
    public string? Object { get; set; }

    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("title")]
    public List<NotionRichText>? Title { get; set; }

    [JsonProperty("parent")]
    public NotionParent? Parent { get; set; }

    [JsonProperty("properties")]
    public Dictionary<string, NotionPropertySchema>? Properties { get; set; }
}

using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>A page, as create, retrieve, update and query return it; properties keyed by name.</summary>
public sealed class NotionPage
{
    [JsonProperty("object")]
    public string? Object { get; set; }

    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("created_time")]
    public string? CreatedTime { get; set; }

    [JsonProperty("last_edited_time")]
    public string? LastEditedTime { get; set; }

    [JsonProperty("parent")]
    public NotionParent? Parent { get; set; }

    /// <summary>Trashed: the only name 2026-03-11 knows (older versions also sent it as <c>archived</c>).</summary>
    [JsonProperty("in_trash")]
    public bool? InTrash { get; set; }

    [JsonProperty("icon")]
    public NotionFileObject? Icon { get; set; }

    [JsonProperty("cover")]
    public NotionFileObject? Cover { get; set; }

    [JsonProperty("properties")]
    public Dictionary<string, NotionPropertyValue>? Properties { get; set; }

    [JsonProperty("url")]
    public string? Url { get; set; }
}

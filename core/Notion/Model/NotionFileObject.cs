using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>A page icon or cover: <c>{"type":"external","external":{"url":...}}</c>, or an emoji icon.</summary>
public sealed class NotionFileObject
{
    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("external")]
    public NotionExternalFile? External { get; set; }

    [JsonProperty("emoji")]
    public string? Emoji { get; set; }
}

/// <summary>The <c>external</c> of a file object: a link Notion shows but does not store.</summary>
public sealed class NotionExternalFile
{
    [JsonProperty("url")]
    public string? Url { get; set; }
}

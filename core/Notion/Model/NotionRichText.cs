using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// One rich-text item of a title or rich_text value. Written as <c>{"type":"text","text":{"content":...}}</c> (at
/// most 2000 UTF-16 units of content: <see cref="NotionText"/>); read back with <see cref="PlainText"/> as well.
/// </summary>
public sealed class NotionRichText
{
    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("text")]
    public NotionTextContent? Text { get; set; }

    [JsonProperty("plain_text")]
    public string? PlainText { get; set; }
}

/// <summary>The <c>text</c> of a rich-text item.</summary>
public sealed class NotionTextContent
{
    [JsonProperty("content")]
    public string? Content { get; set; }
}

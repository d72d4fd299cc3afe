using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// A page's property value, of whichever type is set: one member per type the Tracks data source uses, all
/// nullable, written with null members left out (<see cref="NotionClient"/> serializes with
/// <c>NullValueHandling.Ignore</c>), so that a value holds just its type's key. Build them with
/// <see cref="NotionValues"/>. Read back from a page, <see cref="Type"/> says which member is set; values of other
/// types (relations, formulas) are not read. Numbers are whole: Notion's JSON is read and written alike so.
/// </summary>
public sealed class NotionPropertyValue
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("title")]
    public List<NotionRichText>? Title { get; set; }

    [JsonProperty("rich_text")]
    public List<NotionRichText>? RichText { get; set; }

    [JsonProperty("number")]
    public long? Number { get; set; }

    [JsonProperty("url")]
    public string? Url { get; set; }

    [JsonProperty("checkbox")]
    public bool? Checkbox { get; set; }

    [JsonProperty("select")]
    public NotionSelectOption? Select { get; set; }

    [JsonProperty("multi_select")]
    public List<NotionSelectOption>? MultiSelect { get; set; }

    [JsonProperty("date")]
    public NotionDateValue? Date { get; set; }
}

using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// A query filter: a compound <c>or</c>/<c>and</c> of at most 100 filters (nestable one level), or a condition on
/// one property (<see cref="Property"/> and the member of its type), or on a timestamp. Unset members are left out.
/// The sync's dedupe is one <c>or</c> of <c>rich_text equals</c> on the Spotify ID per batch.
/// </summary>
public sealed class NotionFilter
{
    [JsonProperty("or")]
    public List<NotionFilter>? Or { get; set; }

    [JsonProperty("and")]
    public List<NotionFilter>? And { get; set; }

    [JsonProperty("property")]
    public string? Property { get; set; }

    [JsonProperty("title")]
    public NotionTextCondition? Title { get; set; }

    [JsonProperty("rich_text")]
    public NotionTextCondition? RichText { get; set; }

    [JsonProperty("url")]
    public NotionTextCondition? Url { get; set; }

    [JsonProperty("number")]
    public NotionNumberCondition? Number { get; set; }

    [JsonProperty("checkbox")]
    public NotionCheckboxCondition? Checkbox { get; set; }

    [JsonProperty("select")]
    public NotionSelectCondition? Select { get; set; }

    [JsonProperty("multi_select")]
    public NotionMultiSelectCondition? MultiSelect { get; set; }

    [JsonProperty("date")]
    public NotionDateCondition? Date { get; set; }

    /// <summary><c>created_time</c> or <c>last_edited_time</c>, with the condition in the member of that name.</summary>
    [JsonProperty("timestamp")]
    public string? Timestamp { get; set; }

    [JsonProperty("created_time")]
    public NotionDateCondition? CreatedTime { get; set; }

    [JsonProperty("last_edited_time")]
    public NotionDateCondition? LastEditedTime { get; set; }
}

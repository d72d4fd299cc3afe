using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>A condition on a title, rich_text or url property.</summary>
public sealed class NotionTextCondition
{
    [JsonProperty("equals")]
    public string? EqualTo { get; set; }

    [JsonProperty("does_not_equal")]
    public string? DoesNotEqual { get; set; }

    [JsonProperty("contains")]
    public string? Contains { get; set; }

    [JsonProperty("starts_with")]
    public string? StartsWith { get; set; }

    [JsonProperty("is_empty")]
    public bool? IsEmpty { get; set; }

    [JsonProperty("is_not_empty")]
    public bool? IsNotEmpty { get; set; }
}

/// <summary>A condition on a number property.</summary>
public sealed class NotionNumberCondition
{
    [JsonProperty("equals")]
    public long? EqualTo { get; set; }

    [JsonProperty("greater_than")]
    public long? GreaterThan { get; set; }

    [JsonProperty("less_than")]
    public long? LessThan { get; set; }

    [JsonProperty("is_empty")]
    public bool? IsEmpty { get; set; }
}

/// <summary>A condition on a checkbox property.</summary>
public sealed class NotionCheckboxCondition
{
    [JsonProperty("equals")]
    public bool? EqualTo { get; set; }

    [JsonProperty("does_not_equal")]
    public bool? DoesNotEqual { get; set; }
}

/// <summary>A condition on a select property, by option name.</summary>
public sealed class NotionSelectCondition
{
    [JsonProperty("equals")]
    public string? EqualTo { get; set; }

    [JsonProperty("does_not_equal")]
    public string? DoesNotEqual { get; set; }

    [JsonProperty("is_empty")]
    public bool? IsEmpty { get; set; }
}

/// <summary>A condition on a multi_select property, by option name.</summary>
public sealed class NotionMultiSelectCondition
{
    [JsonProperty("contains")]
    public string? Contains { get; set; }

    [JsonProperty("does_not_contain")]
    public string? DoesNotContain { get; set; }
}

/// <summary>A condition on a date property or a timestamp: ISO 8601 dates or date-times.</summary>
public sealed class NotionDateCondition
{
    [JsonProperty("equals")]
    public string? EqualTo { get; set; }

    [JsonProperty("before")]
    public string? Before { get; set; }

    [JsonProperty("after")]
    public string? After { get; set; }

    [JsonProperty("on_or_before")]
    public string? OnOrBefore { get; set; }

    [JsonProperty("on_or_after")]
    public string? OnOrAfter { get; set; }

    [JsonProperty("is_empty")]
    public bool? IsEmpty { get; set; }
}

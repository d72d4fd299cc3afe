using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// A property of a data source's schema. Read, it has its id, name and <see cref="Type"/>; written to add a
/// property, only its type's configuration is set (<c>{"rich_text":{}}</c>), the others left out as null.
/// </summary>
public sealed class NotionPropertySchema
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("title")]
    public NotionEmptyConfiguration? Title { get; set; }

    [JsonProperty("rich_text")]
    public NotionEmptyConfiguration? RichText { get; set; }

    [JsonProperty("number")]
    public NotionNumberConfiguration? Number { get; set; }

    [JsonProperty("url")]
    public NotionEmptyConfiguration? Url { get; set; }

    [JsonProperty("date")]
    public NotionEmptyConfiguration? Date { get; set; }

    [JsonProperty("checkbox")]
    public NotionEmptyConfiguration? Checkbox { get; set; }

    [JsonProperty("select")]
    public NotionOptionsConfiguration? Select { get; set; }

    [JsonProperty("multi_select")]
    public NotionOptionsConfiguration? MultiSelect { get; set; }
}

/// <summary>The configuration of a type that has none: <c>{}</c>.</summary>
public sealed class NotionEmptyConfiguration
{
}

/// <summary>A number property's configuration, such as <c>{"format":"number"}</c>.</summary>
public sealed class NotionNumberConfiguration
{
    [JsonProperty("format")]
    public string? Format { get; set; }
}

/// <summary>A select or multi_select property's configuration: its options.</summary>
public sealed class NotionOptionsConfiguration
{
    [JsonProperty("options")]
    public List<NotionSelectOption>? Options { get; set; }
}

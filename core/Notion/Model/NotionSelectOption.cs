using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// A select or multi_select option, in a value or a schema. Written by name: an unknown name is added to the
/// schema. Names hold no commas and at most 100 characters (<see cref="NotionText.OptionName"/>).
/// </summary>
public sealed class NotionSelectOption
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    [JsonProperty("color")]
    public string? Color { get; set; }
}

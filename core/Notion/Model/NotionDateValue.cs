using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>A date value: an ISO 8601 date (<c>2026-09-15</c>) or date-time start, and an optional end.</summary>
public sealed class NotionDateValue
{
    [JsonProperty("start")]
    public string? Start { get; set; }

    [JsonProperty("end")]
    public string? End { get; set; }

    [JsonProperty("time_zone")]
    public string? TimeZone { get; set; }
}

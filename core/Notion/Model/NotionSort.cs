using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>A query sort, by property or by timestamp (<c>created_time</c>); without sorts Notion guarantees no order.</summary>
public sealed class NotionSort
{
    [JsonProperty("property")]
    public string? Property { get; set; }

    [JsonProperty("timestamp")]
    public string? Timestamp { get; set; }

    /// <summary><c>ascending</c> or <c>descending</c>.</summary>
    [JsonProperty("direction")]
    public string Direction { get; set; } = "ascending";
}

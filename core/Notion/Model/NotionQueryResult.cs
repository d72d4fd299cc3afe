using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// One page of a query's results. While <see cref="HasMore"/>, ask again with <see cref="NextCursor"/>. A query
/// stops at 10,000 results: then <see cref="RequestStatus"/> says <c>incomplete</c>.
/// </summary>
public sealed class NotionQueryResult
{
    [JsonProperty("object")]
    public string? Object { get; set; }

    [JsonProperty("results")]
    public List<NotionPage>? Results { get; set; }

    [JsonProperty("next_cursor")]
    public string? NextCursor { get; set; }

    [JsonProperty("has_more")]
    public bool? HasMore { get; set; }

    [JsonProperty("request_status")]
    public NotionRequestStatus? RequestStatus { get; set; }
}

/// <summary><c>{"type":"incomplete","incomplete_reason":"query_result_limit_reached"}</c> past 10,000 results.</summary>
public sealed class NotionRequestStatus
{
    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("incomplete_reason")]
    public string? IncompleteReason { get; set; }
}

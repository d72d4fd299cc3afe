using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>Notion's error JSON: <c>{"object":"error","status":503,"code":"service_unavailable","message":...}</c>.</summary>
public sealed class NotionErrorBody
{
    [JsonProperty("object")]
    public string? Object { get; set; }

    [JsonProperty("status")]
    public int? Status { get; set; }

    [JsonProperty("code")]
    public string? Code { get; set; }

    [JsonProperty("message")]
    public string? Message { get; set; }

    [JsonProperty("request_id")]
    public string? RequestId { get; set; }

    [JsonProperty("additional_data")]
    public NotionErrorData? AdditionalData { get; set; }
}

/// <summary>The <c>additional_data</c> of an error the sync acts on.</summary>
public sealed class NotionErrorData
{
    /// <summary>A 503 after a create that was saved: the new page's id. Read it; never create it again.</summary>
    [JsonProperty("committed_resource_id")]
    public string? CommittedResourceId { get; set; }

    /// <summary>The Retry-After seconds again, as a string.</summary>
    [JsonProperty("retry_after")]
    public string? RetryAfter { get; set; }

    /// <summary><c>public_api_request_blocked</c> is never retried.</summary>
    [JsonProperty("rate_limit_reason")]
    public string? RateLimitReason { get; set; }

    [JsonProperty("error_type")]
    public string? ErrorType { get; set; }
}

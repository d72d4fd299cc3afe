using System;
using System.Text.Json.Nodes;
using SpotifySync.Sandbox.Faults;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// Injected faults in Notion's error shapes: 429 <c>rate_limited</c>, 529 <c>service_overload</c>, 401 <c>unauthorized</c>, 500
/// <c>internal_server_error</c>, 503 <c>service_unavailable</c>, and the 503 after a saved write whose
/// <c>additional_data</c> tells the caller to read again rather than repeat the write (naming the created page
/// in <c>committed_resource_id</c>). Spotify's daily quota has no Notion twin; it becomes the workspace-wide rate
/// limit, whose <c>Retry-After</c> may exceed a minute.
/// </summary>
internal static class NotionFaults
{
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DefaultWorkspaceRetryAfter = TimeSpan.FromSeconds(300);

    public static NotionError For(Fault fault) => fault.Kind switch
    {
        FaultKind.RateLimited => NotionRateBudget.RateLimited(fault.RetryAfter ?? DefaultRetryAfter),
        FaultKind.QuotaExceeded => NotionRateBudget.RateLimited(fault.RetryAfter ?? DefaultWorkspaceRetryAfter, "public_api_space_request_rate_limit"),
        FaultKind.Overloaded => new NotionError(529, "service_overload", "Notion is experiencing high load. Please try again later.",
            retryAfter: TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling((fault.RetryAfter ?? DefaultRetryAfter).TotalSeconds)))),
        FaultKind.Unauthorized => NotionError.Unauthorized(),
        FaultKind.InternalError => new NotionError(500, "internal_server_error", "Unexpected error occurred."),
        FaultKind.Unavailable => new NotionError(503, "service_unavailable", "Notion is unavailable, please try again later."),
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "Not a fault answered with an error body."),
    };

    /// <param name="committedBody">What the carried-out request would have answered.</param>
    public static NotionError AfterCommit(string committedBody, bool created)
    {
        var data = NotionError.Details(
            ("from", "publicApi.pageObjectPointerToPageObject.beforePreload"),
            ("elapsed_ms", "55012"),
            ("deadline_ms", "55000"),
            ("retry_guidance", NotionError.Strings(["Read the object again to confirm the saved change.", "Do not repeat the write."])));
        if (created && JsonNode.Parse(committedBody) is JsonObject { } committed && (string?)committed["id"] is { } id)
        {
            data["committed_resource_id"] = id;
        }
        return new NotionError(503, "service_unavailable",
            "The change was saved, but the response could not be built in time. Read the object again instead of repeating the write.", data);
    }
}

using System;

namespace SpotifySync.Core.Notion;

/// <summary>
/// A Notion answer that is not a success: status, Notion's <c>code</c> (branch on it, never on the message), the
/// message with a hint at the fix for the usual setup mistakes, the id of a page a failed create saved anyway
/// (<see cref="CommittedResourceId"/>), and the Retry-After seconds of a 429 or 529 the run could not wait out.
/// </summary>
public sealed class NotionApiException : Exception
{
    public NotionApiException(int status, string code, string notionMessage, string? committedResourceId, int? retryAfterSeconds)
        : base($"Notion answered {status} {code}: {notionMessage}{NotionErrors.Hint(status, code)}")
    {
        Status = status;
        Code = code;
        NotionMessage = notionMessage;
        CommittedResourceId = committedResourceId;
        RetryAfterSeconds = retryAfterSeconds;
    }

    public int Status { get; }

    /// <summary>Such as <c>rate_limited</c>, <c>object_not_found</c>, <c>validation_error</c>; <c>http_error</c> for a body that is not Notion's JSON.</summary>
    public string Code { get; }

    public string NotionMessage { get; }

    /// <summary>
    /// Set on a 503 whose write was saved (<c>additional_data.committed_resource_id</c>): the page exists, so read it
    /// instead of creating it again.
    /// </summary>
    public string? CommittedResourceId { get; }

    public int? RetryAfterSeconds { get; }
}

namespace SpotifySync.Sandbox.Faults;

/// <summary>What goes wrong. Each simulator answers a kind in its own API's error shape.</summary>
public enum FaultKind
{
    /// <summary>429 with <c>Retry-After</c>: Spotify's rolling-window limit, Notion's <c>rate_limited</c>.</summary>
    RateLimited,

    /// <summary>Spotify's development-mode daily quota: 429 with <c>"reason": "QUOTA_EXCEEDED"</c> and a long <c>Retry-After</c>.</summary>
    QuotaExceeded,

    /// <summary>Notion's 529 <c>service_overload</c>, retried like a 429.</summary>
    Overloaded,

    /// <summary>
    /// 401: the credentials were refused and nothing was done. Spotify says the access token expired (as it does
    /// for one revoked or expired before the time the client recorded); Notion says the integration token is invalid.
    /// </summary>
    Unauthorized,

    /// <summary>500: nothing was done.</summary>
    InternalError,

    /// <summary>503: nothing was done.</summary>
    Unavailable,

    /// <summary>
    /// 503 after the request was carried out: Notion's <c>service_unavailable</c> whose
    /// <c>additional_data.committed_resource_id</c> names the page that was created anyway.
    /// </summary>
    UnavailableAfterCommit,

    /// <summary>No answer: the connection is dropped after <see cref="Fault.Hang"/> and nothing was done.</summary>
    Timeout,
}

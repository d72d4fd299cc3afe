using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Http;

/// <summary>
/// The one retry policy of the Spotify and Notion clients, kept per request. A rate-limit answer (429, Notion's 529
/// too) is waited out for its Retry-After when that is at most <see cref="MaxRetryAfterWaitSeconds"/>, fits the run's
/// time budget and is not more than <see cref="RateLimitRetries"/> in a row; a server error is tried again after
/// 1 s, then 2 s (<see cref="ServerErrorRetries"/>) while the budget allows. Which requests may be repeated after a
/// server error (those that change nothing) is the client's to say. Anything else is the caller's failure to report.
/// </summary>
public sealed class RequestRetries
{
    /// <summary>How many rate-limit answers in a row one request waits out.</summary>
    public const int RateLimitRetries = 3;

    /// <summary>
    /// The longest Retry-After a request waits out: Notion's per-connection limit sends at most 60 s, while Spotify's
    /// daily quota sends hours, which a run cannot wait and the caller records instead.
    /// </summary>
    public const int MaxRetryAfterWaitSeconds = 60;

    /// <summary>How many times a request that failed with a server error is repeated, after 1 s, then 2 s.</summary>
    public const int ServerErrorRetries = 2;

    private readonly RunBudget _budget;
    private int _rateLimited;
    private int _serverErrors;

    public RequestRetries(RunBudget budget)
    {
        _budget = budget;
    }

    /// <summary>The milliseconds to wait before sending again after a rate limit of <paramref name="retryAfterSeconds"/>, or null when it stands.</summary>
    public int? AfterRateLimit(int retryAfterSeconds)
    {
        if (_rateLimited >= RateLimitRetries || !CanWait(retryAfterSeconds * 1000)) return null;
        _rateLimited++;
        return retryAfterSeconds * 1000;
    }

    /// <summary>The milliseconds to wait before sending again after a server error, or null when it stands.</summary>
    public int? AfterServerError()
    {
        var backoff = 1000 << _serverErrors;
        if (_serverErrors >= ServerErrorRetries || !_budget.Allows(backoff)) return null;
        _serverErrors++;
        return backoff;
    }

    /// <summary>Whether a wait asked for (a Retry-After, an earlier run's that still runs) is short enough to wait out in this run.</summary>
    public bool CanWait(int milliseconds) => milliseconds <= MaxRetryAfterWaitSeconds * 1000 && _budget.Allows(milliseconds);
}

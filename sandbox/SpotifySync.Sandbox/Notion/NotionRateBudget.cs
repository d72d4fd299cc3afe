using System;
using System.Collections.Generic;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// Notion's per-connection rate limit: a fixed budget of requests per 60-second window that may be spent in a
/// burst. The window opens with the first request after the previous one closed; once the budget is spent,
/// requests are refused with 429 until the window closes, and <c>Retry-After</c> says how long that is (≤ 60 s).
/// A refused request spends nothing.
/// </summary>
internal sealed class NotionRateBudget
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly object _gate = new();
    private readonly int _perWindow;
    private readonly Dictionary<string, (DateTimeOffset Opened, int Spent)> _byToken = new(StringComparer.Ordinal);

    public NotionRateBudget(int perWindow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perWindow, 1);
        _perWindow = perWindow;
    }

    /// <summary>Spends one request of <paramref name="token"/>'s budget, or throws the 429.</summary>
    public void Spend(string token, DateTimeOffset now)
    {
        lock (_gate)
        {
            var (opened, spent) = _byToken.GetValueOrDefault(token, (now, 0));
            if (now - opened >= Window)
            {
                (opened, spent) = (now, 0);
            }
            if (spent >= _perWindow)
            {
                throw RateLimited(opened + Window - now);
            }
            _byToken[token] = (opened, spent + 1);
        }
    }

    /// <param name="wait">Rounded up to whole seconds, at least one.</param>
    public static NotionError RateLimited(TimeSpan wait, string reason = "public_api_request_rate_limit")
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new NotionError(429, "rate_limited", "You have been rate limited. Please try again in a few minutes.",
            NotionError.Details(("rate_limit_reason", reason), ("retry_after", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            TimeSpan.FromSeconds(seconds));
    }
}

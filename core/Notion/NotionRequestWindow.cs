using System;
using System.Collections.Generic;

namespace SpotifySync.Core.Notion;

/// <summary>
/// Notion's per-connection rate limit as the client keeps it: a budget of requests per 60-second window that may be
/// spent as a burst. Keeping at most the budget's count of request starts inside any sliding window also keeps them
/// inside each of Notion's fixed windows; the sliding window is <see cref="MarginMilliseconds"/> longer than Notion's
/// because Notion counts a request when it arrives, a network latency after it started here. Spacing requests evenly
/// instead loses every slot a slow response overran; the window lets the next requests make up for it.
/// An execution cannot see what the one before it (or another client of the same integration) spent, so the window
/// starts as if the minute before it had been spent at the average rate: the first minute goes at the even pace.
/// </summary>
public sealed class NotionRequestWindow
{
    /// <summary>Notion's window: the budget is per 60 seconds.</summary>
    public const int NotionWindowMilliseconds = 60000;

    /// <summary>How much later than it started a request may reach Notion and still be counted right.</summary>
    public const int MarginMilliseconds = 1000;

    private const int WindowMilliseconds = NotionWindowMilliseconds + MarginMilliseconds;

    private readonly int _requestsPerWindow;

    /// <summary>The starts of the last <see cref="_requestsPerWindow"/> requests, oldest first.</summary>
    private readonly List<DateTime> _starts = new List<DateTime>();

    public NotionRequestWindow(int requestsPerWindow, DateTime now)
    {
        if (requestsPerWindow < 1) throw new ArgumentOutOfRangeException(nameof(requestsPerWindow), requestsPerWindow, "Notion's budget must allow at least one request a minute.");
        _requestsPerWindow = requestsPerWindow;
        var spacing = (double)WindowMilliseconds / requestsPerWindow;
        for (var i = 0; i < requestsPerWindow; i++)
        {
            _starts.Add(now.AddMilliseconds(i * spacing - WindowMilliseconds));
        }
    }

    /// <summary>The earliest time the next request may start, at or after <paramref name="now"/>.</summary>
    public DateTime NextStart(DateTime now) => Later(now, _starts[0].AddMilliseconds(WindowMilliseconds));

    /// <summary>Records a request started at <paramref name="at"/>.</summary>
    public void Started(DateTime at)
    {
        _starts.Add(at);
        _starts.RemoveAt(0);
    }

    /// <summary>
    /// How long <paramref name="requests"/> requests in a row would take from <paramref name="now"/>, each busy for
    /// <paramref name="millisecondsPerRequest"/> once started and each starting no earlier than the window lets it.
    /// </summary>
    public double MillisecondsFor(int requests, double millisecondsPerRequest, DateTime now)
    {
        // The i-th planned request waits for the i-th start of the recorded ones followed by the planned ones: the
        // start a window's budget before it. Asked before every page written, so the recorded starts are not copied.
        var planned = new List<DateTime>();
        var free = now;
        for (var i = 0; i < requests; i++)
        {
            var budgetBefore = i < _starts.Count ? _starts[i] : planned[i - _starts.Count];
            var start = Later(free, budgetBefore.AddMilliseconds(WindowMilliseconds));
            planned.Add(start);
            free = start.AddMilliseconds(millisecondsPerRequest);
        }
        return (free - now).TotalMilliseconds;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}

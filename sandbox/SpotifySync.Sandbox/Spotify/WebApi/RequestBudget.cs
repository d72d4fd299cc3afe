using System;
using System.Collections.Generic;

namespace SpotifySync.Sandbox.Spotify.WebApi;

/// <summary>Counts accepted requests over a rolling window; a request over budget learns how long until the oldest one leaves it.</summary>
internal sealed class RequestBudget(RollingWindow window)
{
    private readonly object _gate = new();
    private readonly Queue<DateTimeOffset> _accepted = new();

    /// <summary>Takes one request from the budget, or gives the wait until one frees up.</summary>
    public bool TryTake(DateTimeOffset now, out TimeSpan retryAfter)
    {
        lock (_gate)
        {
            while (_accepted.Count > 0 && _accepted.Peek() + window.Window <= now) _accepted.Dequeue();
            if (_accepted.Count >= window.Requests)
            {
                retryAfter = _accepted.Peek() + window.Window - now;
                return false;
            }
            _accepted.Enqueue(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }
}

using System;

namespace AppsScript.Emulator.Quotas;

/// <summary>
/// One daily quota. Apps Script's quotas "reset 24 hours after the first request", so the day is a window
/// opened by the first use after the previous window closed, not a calendar day.
/// </summary>
public sealed class DailyQuota
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);
    private readonly TimeProvider _clock;
    private readonly object _gate = new();
    private DateTimeOffset? _windowStart;
    private double _used;

    internal DailyQuota(string name, double limit, TimeProvider clock)
    {
        Name = name;
        Limit = limit;
        _clock = clock;
    }

    public string Name { get; }

    public double Limit { get; }

    /// <summary>What the current window has used (0 once it has closed).</summary>
    public double Used
    {
        get
        {
            lock (_gate)
            {
                CloseExpiredWindow();
                return _used;
            }
        }
    }

    public double Remaining => Math.Max(0, Limit - Used);

    /// <summary>Uses <paramref name="amount"/> if it fits, else returns false and uses nothing.</summary>
    internal bool TryUse(double amount)
    {
        lock (_gate)
        {
            CloseExpiredWindow();
            if (_used + amount > Limit) return false;
            _windowStart ??= _clock.GetUtcNow();
            _used += amount;
            return true;
        }
    }

    /// <summary>Uses <paramref name="amount"/> whether or not it fits (runtime already spent).</summary>
    internal void Charge(double amount)
    {
        lock (_gate)
        {
            CloseExpiredWindow();
            _windowStart ??= _clock.GetUtcNow();
            _used += amount;
        }
    }

    internal bool IsExhausted => Remaining <= 0;

    private void CloseExpiredWindow()
    {
        if (_windowStart is { } start && _clock.GetUtcNow() >= start + Day)
        {
            _windowStart = null;
            _used = 0;
        }
    }
}

using System;
using SpotifySync.Core.Ports;

namespace SpotifySync.Core.Timing;

/// <summary>
/// The time one run may still spend, up to a deadline (Apps Script kills an execution at 6 minutes; the sync stops
/// well before). The clients ask it whether a wait fits before they sleep through a Retry-After.
/// </summary>
public sealed class RunBudget
{
    private readonly IClock _clock;

    public RunBudget(IClock clock, DateTime deadline)
    {
        _clock = clock;
        Deadline = deadline;
    }

    /// <summary>When the run must be done, UTC.</summary>
    public DateTime Deadline { get; }

    /// <summary>Milliseconds left until the deadline; negative once it has passed.</summary>
    public double RemainingMilliseconds() => (Deadline - _clock.UtcNow()).TotalMilliseconds;

    /// <summary>True when a wait of the given milliseconds still ends before the deadline.</summary>
    public bool Allows(double milliseconds) => milliseconds <= RemainingMilliseconds();
}

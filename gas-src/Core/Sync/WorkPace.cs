using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Whether the next piece of work still fits the run's time budget. A batch starts only when its calls, at the pace
/// measured so far in this execution, end before the deadline with <see cref="ReserveMilliseconds"/> to spare, except
/// the execution's first batch (a budget too small for one whole batch must still make progress); a single call
/// only with the reserve left. So a run stops between batches, cleanly, and rarely inside one.
/// </summary>
public sealed class WorkPace
{
    /// <summary>Kept free for the call in flight and the state saved after it.</summary>
    public const int ReserveMilliseconds = 5000;

    /// <summary>Assumed for a call's latency until one has been measured.</summary>
    private const int AssumedLatencyMilliseconds = 300;

    private readonly RunBudget _budget;
    private double _millisecondsPerCall;
    private double _measuredMilliseconds;
    private int _measuredCalls;
    private bool _batchStarted;

    public WorkPace(RunBudget budget, int notionRequestsPerSecond)
    {
        _budget = budget;
        _millisecondsPerCall = 1000.0 / notionRequestsPerSecond + AssumedLatencyMilliseconds;
    }

    /// <summary>True when a batch of <paramref name="calls"/> calls may start: it fits, or it is the execution's first and one call fits.</summary>
    public bool StartsBatch(int calls)
    {
        var starts = Fits(_batchStarted ? calls : 1);
        if (starts) _batchStarted = true;
        return starts;
    }

    /// <summary>True when <paramref name="calls"/> calls at the measured pace fit, with the reserve.</summary>
    public bool Fits(int calls) => _budget.Allows(calls * _millisecondsPerCall + ReserveMilliseconds);

    /// <summary>Records that <paramref name="calls"/> calls took <paramref name="milliseconds"/>, refining the pace.</summary>
    public void Measured(int calls, double milliseconds)
    {
        if (calls <= 0) return;
        _measuredCalls += calls;
        _measuredMilliseconds += milliseconds;
        _millisecondsPerCall = _measuredMilliseconds / _measuredCalls;
    }
}

using SpotifySync.Core.Notion;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Sync;

/// <summary>
/// Whether the next piece of work still fits the run's time budget. A batch starts only when its Notion calls end
/// before the deadline with <see cref="ReserveMilliseconds"/> to spare, each taking the work time per call measured so
/// far in this execution and starting when Notion's rate window lets it (the window's waits are planned, not
/// averaged: a run that spent a burst must wait before its next batch, and must know it before starting one), except
/// the execution's first batch (a budget too small for one whole batch must still make progress); a single call only
/// with the reserve left. So a run stops between batches, cleanly, and rarely inside one.
/// </summary>
public sealed class WorkPace
{
    /// <summary>Kept free for the call in flight and the state saved after it.</summary>
    public const int ReserveMilliseconds = 5000;

    /// <summary>Assumed for a call's work time until one has been measured.</summary>
    private const int AssumedMillisecondsPerCall = 400;

    private readonly RunBudget _budget;
    private readonly IClock _clock;
    private readonly NotionRequestWindow _window;
    private double _millisecondsPerCall = AssumedMillisecondsPerCall;
    private double _measuredMilliseconds;
    private int _measuredCalls;
    private bool _batchStarted;

    public WorkPace(RunBudget budget, IClock clock, NotionRequestWindow window)
    {
        _budget = budget;
        _clock = clock;
        _window = window;
    }

    /// <summary>True when a batch of <paramref name="calls"/> calls may start: it fits, or it is the execution's first and one call fits.</summary>
    public bool StartsBatch(int calls)
    {
        var starts = Fits(_batchStarted ? calls : 1);
        if (starts) _batchStarted = true;
        return starts;
    }

    /// <summary>True when <paramref name="calls"/> calls, paced by the window, fit with the reserve.</summary>
    public bool Fits(int calls) => _budget.Allows(_window.MillisecondsFor(calls, _millisecondsPerCall, _clock.UtcNow()) + ReserveMilliseconds);

    /// <summary>
    /// Records that <paramref name="calls"/> calls kept the run busy for <paramref name="workMilliseconds"/>: their
    /// time without the waits for the rate window or a Retry-After, which <see cref="Fits"/> plans separately.
    /// </summary>
    public void Measured(int calls, double workMilliseconds)
    {
        if (calls <= 0) return;
        _measuredCalls += calls;
        _measuredMilliseconds += workMilliseconds;
        _millisecondsPerCall = _measuredMilliseconds / _measuredCalls;
    }
}

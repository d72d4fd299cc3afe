using System;
using System.Threading;

namespace AppsScript.Emulator.Time;

/// <summary>
/// The simulated time every execution, service and in-process simulator reads. It only moves forward:
/// <see cref="Advance"/> called while an execution runs (directly, or by a simulator answering that
/// execution's fetch on another thread) is time that execution spends, and it lets other executions due
/// earlier run first; called while nothing runs, it lets that much simulated time pass for everything
/// scheduled (see <see cref="Timeline"/>).
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    private long _utcTicks;
    private Timeline? _timeline;

    public VirtualClock(DateTimeOffset start)
    {
        _utcTicks = start.UtcTicks;
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    /// <summary>Lets <paramref name="duration"/> of simulated time pass (see the class summary for who spends it).</summary>
    public void Advance(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "Time cannot go backwards.");
        if (_timeline is { } timeline)
        {
            timeline.Advance(duration);
        }
        else
        {
            MoveTo(GetUtcNow() + duration);
        }
    }

    internal void Attach(Timeline timeline)
    {
        if (_timeline is not null) throw new InvalidOperationException("This clock already drives an environment.");
        _timeline = timeline;
    }

    /// <summary>Moves the clock to <paramref name="time"/>, never backwards.</summary>
    internal void MoveTo(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _utcTicks);
            if (ticks <= current) return;
        }
        while (Interlocked.CompareExchange(ref _utcTicks, ticks, current) != current);
    }
}

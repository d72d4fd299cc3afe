using System;
using System.Threading;
using System.Threading.Tasks;

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

    /// <summary>
    /// <see cref="Advance"/> for an in-process server answering an execution's fetch: the returned task
    /// completes when the execution's spent time is over, and no thread waits meanwhile. Prefer it for a
    /// simulator's latency (<c>new SandboxTime(clock, (d, _) => clock.AdvanceAsync(d))</c>): each overlapping
    /// execution blocked in <see cref="Advance"/> holds a thread-pool thread.
    /// </summary>
    public Task AdvanceAsync(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "Time cannot go backwards.");
        if (_timeline is { } timeline) return timeline.AdvanceAsync(duration);
        MoveTo(GetUtcNow() + duration);
        return Task.CompletedTask;
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

using System;
using System.Threading.Tasks;

namespace AppsScript.Emulator.Time;

/// <summary>
/// The time an environment's executions, services and in-process simulators read, and the one way it passes
/// for them: <see cref="Timeline"/> files each wake-up and moves the clock to it (<see cref="MoveTo"/>).
/// A <see cref="VirtualClock"/> jumps there, so sleeps and latency cost no real time and every run is
/// deterministic (the default, for tests); a <see cref="RealClock"/> waits until the system clock gets there,
/// so the script lives in real time (for trying a bundle against real services).
/// </summary>
public abstract class ScriptClock : TimeProvider
{
    private Timeline? _timeline;

    /// <summary>
    /// Whether time passes on its own, as the system clock's does: work takes its real duration (a network
    /// request, JavaScript itself) and nothing needs to be charged for it. False for a clock that moves only
    /// when time is spent.
    /// </summary>
    public abstract bool PassesOnItsOwn { get; }

    /// <summary>
    /// Lets <paramref name="duration"/> pass: called while an execution runs (directly, or by a simulator
    /// answering that execution's fetch on another thread) it is time that execution spends, and other
    /// executions due earlier run first; called while nothing runs, it lets that much time pass for everything
    /// scheduled (see <see cref="Timeline"/>).
    /// </summary>
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

    /// <summary>Brings the clock to <paramref name="time"/>, never backwards; returns once it reads that time or later.</summary>
    internal abstract void MoveTo(DateTimeOffset time);
}

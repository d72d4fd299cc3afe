using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AppsScript.Emulator.Time;

/// <summary>
/// Runs overlapping executions on the environment's <see cref="ScriptClock"/>, as a discrete-event simulation
/// (deterministic on a <see cref="VirtualClock"/>).
/// Each execution is a <see cref="Fiber"/>: a thread of its own that runs only while it holds control.
/// Control is held by exactly one party at a time: the driver (the thread that called <c>Run</c>,
/// <c>RunUntil</c> or a scheduler) or one fiber. The driver repeatedly takes the pending wake-up with the
/// earliest (time, arrival order), moves the clock there (a real clock: waits until then), hands control
/// to that fiber and waits until the fiber hands it back. A fiber hands control back only at a scheduling point: when it spends time
/// (<c>Utilities.sleep</c>, a simulator's latency, waiting for a lock), which files its next wake-up, or
/// when it ends. So two executions never run JavaScript at the same moment, every interleaving follows
/// from the clock's time alone, and on a virtual clock the same inputs give the same history on every run.
/// </summary>
internal sealed class Timeline
{
    private readonly ScriptClock _clock;
    private readonly object _gate = new();
    private readonly PriorityQueue<Wakeup, (long Ticks, long Order)> _wakeups = new();
    private readonly SemaphoreSlim _controlReturned = new(0);
    private long _order;
    private Fiber? _running;

    public Timeline(ScriptClock clock)
    {
        _clock = clock;
        clock.Attach(this);
    }

    public ScriptClock Clock => _clock;

    /// <summary>The fiber holding control, or null when the driver holds it.</summary>
    public Fiber? Running => Volatile.Read(ref _running);

    /// <summary>The earliest pending wake-up, or null when no fiber waits.</summary>
    public DateTimeOffset? NextWakeup
    {
        get
        {
            lock (_gate)
            {
                DropStale();
                return _wakeups.TryPeek(out _, out var key) ? new DateTimeOffset(key.Ticks, TimeSpan.Zero) : null;
            }
        }
    }

    /// <summary>Files a wake-up for <paramref name="fiber"/>; any earlier one it had filed no longer counts.</summary>
    public void Schedule(Fiber fiber, DateTimeOffset at)
    {
        lock (_gate)
        {
            var generation = ++fiber.Generation;
            var ticks = Math.Max(at.UtcTicks, _clock.GetUtcNow().UtcTicks);
            _wakeups.Enqueue(new Wakeup(fiber, generation), (ticks, _order++));
        }
    }

    /// <summary>
    /// Driver side: runs the earliest wake-up due at or before <paramref name="until"/> (any, when null)
    /// until its fiber hands control back. False when there is none.
    /// </summary>
    public bool Step(DateTimeOffset? until)
    {
        if (Running is not null) throw new InvalidOperationException("Simulated time can only be driven from outside a running execution.");
        Wakeup next;
        long ticks;
        lock (_gate)
        {
            DropStale();
            if (!_wakeups.TryPeek(out next, out var key)) return false;
            if (until is { } limit && key.Ticks > limit.UtcTicks) return false;
            _wakeups.Dequeue();
            ticks = key.Ticks;
        }
        _clock.MoveTo(new DateTimeOffset(ticks, TimeSpan.Zero));
        Volatile.Write(ref _running, next.Fiber);
        next.Fiber.Resume();
        _controlReturned.Wait();
        Volatile.Write(ref _running, null);
        return true;
    }

    /// <summary>Driver side: runs everything due up to <paramref name="time"/>, then moves the clock there.</summary>
    public void RunUntil(DateTimeOffset time)
    {
        while (Step(time))
        {
        }
        _clock.MoveTo(time);
    }

    /// <summary>Fiber side: hands control back to the driver and waits until the fiber's next wake-up.</summary>
    public void Yield(Fiber fiber)
    {
        HandBack();
        fiber.WaitForResume();
    }

    /// <summary>Fiber side: hands control back to the driver.</summary>
    public void HandBack() => _controlReturned.Release();

    /// <summary>Fiber side: the fiber has ended; control goes back to the driver for good.</summary>
    public void Ended() => HandBack();

    /// <summary>
    /// <see cref="ScriptClock.Advance"/>: time the running fiber spends (on whichever thread asks: an
    /// in-process simulator answers a fetch on its own thread while the execution waits), or, when the
    /// driver holds control, time that passes for everyone.
    /// </summary>
    public void Advance(TimeSpan duration)
    {
        if (Running is { } fiber)
        {
            fiber.Spend(duration);
        }
        else
        {
            RunUntil(_clock.GetUtcNow() + duration);
        }
    }

    /// <summary><see cref="ScriptClock.AdvanceAsync"/>: <see cref="Advance"/> without blocking the calling thread while the running fiber waits.</summary>
    public Task AdvanceAsync(TimeSpan duration)
    {
        if (Running is { } fiber) return fiber.SpendAsync(duration);
        RunUntil(_clock.GetUtcNow() + duration);
        return Task.CompletedTask;
    }

    private void DropStale()
    {
        while (_wakeups.TryPeek(out var top, out _) && top.Generation != top.Fiber.Generation)
        {
            _wakeups.Dequeue();
        }
    }

    private readonly record struct Wakeup(Fiber Fiber, long Generation);
}

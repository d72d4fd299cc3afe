using System;
using System.Threading;

namespace AppsScript.Emulator.Time;

/// <summary>
/// Simulated time, the default: it stands still while scripts run and jumps forward when time is spent
/// (<c>Utilities.sleep</c>, a lock wait, a simulator's latency, a real request's measured duration), so
/// minutes of sleeps cost no real time and the same inputs give the same history on every run.
/// </summary>
public sealed class VirtualClock : ScriptClock
{
    private long _utcTicks;

    public VirtualClock(DateTimeOffset start)
    {
        _utcTicks = start.UtcTicks;
    }

    public override bool PassesOnItsOwn => false;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    internal override void MoveTo(DateTimeOffset time)
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

using System;
using System.Threading;

namespace AppsScript.Emulator.Time;

/// <summary>
/// The system clock, for running a bundle against real services as Apps Script would: <c>new Date()</c> is the
/// time of day, <c>Utilities.sleep</c> and lock waits really wait, a request takes its real duration and the
/// 6-minute limit is 6 minutes of it. Executions still take turns on the <see cref="Timeline"/> (one runs
/// JavaScript at a time), so overlapping ones wake at their time or, when another is busy, just after it.
/// </summary>
public sealed class RealClock : ScriptClock
{
    public override bool PassesOnItsOwn => true;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow;

    /// <summary>Blocks until the system clock reads <paramref name="time"/> (a sleep may end early by a tick: it is measured again).</summary>
    internal override void MoveTo(DateTimeOffset time)
    {
        for (var remaining = time - GetUtcNow(); remaining > TimeSpan.Zero; remaining = time - GetUtcNow())
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds)));
        }
    }
}

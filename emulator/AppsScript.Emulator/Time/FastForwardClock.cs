using System;
using System.Threading;

namespace AppsScript.Emulator.Time;

/// <summary>
/// Real time that skips the script's waits: the clock passes as the system clock does, and where a
/// <see cref="RealClock"/> would wait (<c>Utilities.sleep</c>, a lock wait, a simulated latency) it jumps ahead
/// instead. For a script that shares simulated services with programs living in real time, such as a server it
/// notifies and that writes to the same services: every party reads this one clock, so a rate limit the services
/// count on it holds for all of them, while the script's pacing costs no real time. Not deterministic; tests that need
/// the same history every run use a <see cref="VirtualClock"/>.
/// </summary>
public sealed class FastForwardClock : ScriptClock
{
    private long _skippedTicks;

    public override bool PassesOnItsOwn => true;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _skippedTicks));

    /// <summary>Jumps to <paramref name="time"/> when it is ahead: what the script would have waited for is skipped.</summary>
    internal override void MoveTo(DateTimeOffset time)
    {
        var ahead = time - GetUtcNow();
        if (ahead > TimeSpan.Zero) Interlocked.Add(ref _skippedTicks, ahead.Ticks);
    }
}

using System;
using System.Threading.Tasks;
using SpotifySync.Core.Ports;
using SpotifySync.Sandbox;

namespace SpotifySync.Gas.Tests.Parity;

/// <summary>
/// The .NET side's one clock for the simulators and the sync core: it moves only when the test moves it, when a
/// simulator spends latency, and when the core sleeps (pacing, Retry-After), as the emulator's virtual clock does.
/// </summary>
internal sealed class ManualClock : TimeProvider, IClock
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    public ManualClock(DateTimeOffset start) => _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public DateTime UtcNow() => GetUtcNow().UtcDateTime;

    public void Sleep(int milliseconds) => Advance(TimeSpan.FromMilliseconds(milliseconds));

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public SandboxTime AsSandboxTime() => new(this, (delay, _) =>
    {
        Advance(delay);
        return Task.CompletedTask;
    });
}

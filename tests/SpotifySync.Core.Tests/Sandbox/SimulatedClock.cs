using System;
using System.Threading.Tasks;
using SpotifySync.Core.Ports;
using SpotifySync.Sandbox;

namespace SpotifySync.Core.Tests.Sandbox;

/// <summary>
/// One clock for the simulators and the sync core, as the Apps Script emulator's virtual clock is: it moves when a
/// test moves it, when a simulator spends latency, and when the core sleeps (pacing, Retry-After).
/// </summary>
public sealed class SimulatedClock : TimeProvider, IClock
{
    private readonly object _gate = new();
    private DateTimeOffset _now;

    public SimulatedClock(DateTimeOffset start) => _now = start;

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

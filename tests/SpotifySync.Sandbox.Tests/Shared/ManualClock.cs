using System;
using System.Threading.Tasks;

namespace SpotifySync.Sandbox.Tests;

/// <summary>
/// A clock that moves only when a test moves it, or when the sandbox spends a simulated latency on it, as the
/// Apps Script emulator's virtual clock does.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public SandboxTime AsSandboxTime() => new(this, (delay, _) =>
    {
        Advance(delay);
        return Task.CompletedTask;
    });
}

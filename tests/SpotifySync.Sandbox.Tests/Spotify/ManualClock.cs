using System;
using System.Threading.Tasks;

namespace SpotifySync.Sandbox.Tests.Spotify;

/// <summary>A clock that moves only when a test moves it (or when the sandbox spends a simulated latency).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public SandboxTime ToSandboxTime() => new(this, (delay, _) =>
    {
        Advance(delay);
        return Task.CompletedTask;
    });
}

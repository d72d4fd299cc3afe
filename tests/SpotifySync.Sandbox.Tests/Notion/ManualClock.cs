using System;

namespace SpotifySync.Sandbox.Tests.Notion;

/// <summary>A clock the test moves by hand; simulated waits advance it.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public SandboxTime AsSandboxTime() => new(this, (delay, _) =>
    {
        Advance(delay);
        return global::System.Threading.Tasks.Task.CompletedTask;
    });
}

using System;

namespace SpotifySync.Companion.Tests;

/// <summary>A clock the test moves by hand, for the pauses between download retries.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

using System;

namespace SpotifySync.Sandbox.Faults;

/// <summary>One injected failure.</summary>
/// <param name="Kind">What goes wrong.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> of a 429 or 529; the simulator's default when null.</param>
/// <param name="Hang">How long a <see cref="FaultKind.Timeout"/> keeps the caller waiting before the connection drops.</param>
public sealed record Fault(FaultKind Kind, TimeSpan? RetryAfter = null, TimeSpan? Hang = null)
{
    /// <summary>How long a timeout hangs when <see cref="Hang"/> is not given: a minute, like a typical client deadline.</summary>
    public static readonly TimeSpan DefaultHang = TimeSpan.FromSeconds(60);
}

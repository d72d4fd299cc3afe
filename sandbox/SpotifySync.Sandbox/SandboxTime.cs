using System;
using System.Threading;
using System.Threading.Tasks;

namespace SpotifySync.Sandbox;

/// <summary>
/// The time the simulators live in: what "now" is (token expiry, rate-limit windows, likes arriving) and how
/// a simulated latency is spent. On a loopback port that is the wall clock and a real delay; in-process under
/// the Apps Script emulator it is the emulator's virtual clock, and waiting advances it, so six simulated
/// minutes of slow responses cost no real time.
/// </summary>
public sealed class SandboxTime
{
    private readonly Func<TimeSpan, CancellationToken, Task> _wait;

    public SandboxTime(TimeProvider clock, Func<TimeSpan, CancellationToken, Task> wait)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _wait = wait ?? throw new ArgumentNullException(nameof(wait));
    }

    /// <summary>The wall clock, with latency spent as a real delay.</summary>
    public static SandboxTime RealTime { get; } = new(TimeProvider.System, (delay, cancellation) => Task.Delay(delay, cancellation));

    public TimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public Task Wait(TimeSpan delay, CancellationToken cancellation = default) =>
        delay <= TimeSpan.Zero ? Task.CompletedTask : _wait(delay, cancellation);
}

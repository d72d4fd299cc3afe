using System;
using AppsScript.Emulator.Time;

namespace SpotifySync.Companion.Emulation;

/// <summary>The clocks <c>gas run --clock</c> names.</summary>
public static class GasClocks
{
    /// <summary>
    /// The system clock, the default against the real services: <c>Utilities.sleep</c> (the Notion pacing, Retry-After
    /// waits) really waits and the 6-minute limit is real, so the real Notion sees the pace Apps Script would keep.
    /// </summary>
    public const string Real = "real";

    /// <summary>
    /// The emulator's simulated clock, the default with <c>--sandbox</c>: sleeps take no real time, so a run that paces
    /// hundreds of requests ends in seconds.
    /// </summary>
    public const string Virtual = "virtual";

    /// <summary>The clock <paramref name="name"/> names, starting now; null: real, or virtual with the sandbox.</summary>
    /// <exception cref="ArgumentException">The name is neither.</exception>
    public static ScriptClock Create(string? name, bool sandbox) => (name ?? (sandbox ? Virtual : Real)) switch
    {
        Real => new RealClock(),
        Virtual => new VirtualClock(DateTimeOffset.UtcNow),
        var other => throw new ArgumentException($"The clock is \"{Real}\" or \"{Virtual}\", not \"{other}\".", nameof(name)),
    };
}

using System;
using System.Threading;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary>The sync core's clock on the real time of the machine.</summary>
public sealed class SystemClock(TimeProvider time) : IClock
{
    public DateTime UtcNow() => time.GetUtcNow().UtcDateTime;

    public void Sleep(int milliseconds) => Thread.Sleep(milliseconds);
}

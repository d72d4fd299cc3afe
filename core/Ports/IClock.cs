using System;

namespace SpotifySync.Core.Ports;

/// <summary>
/// Time for the sync core, which never reads the system clock itself: the emulator's clock is virtual, and every
/// wait (pacing, Retry-After) goes through <see cref="Sleep"/> so that it counts against the run's time.
/// </summary>
public interface IClock
{
    /// <summary>The current time, in UTC.</summary>
    DateTime UtcNow();

    /// <summary>Blocks for the given milliseconds.</summary>
    void Sleep(int milliseconds);
}

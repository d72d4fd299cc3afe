using SpotifySync.Companion.Locking;
using SpotifySync.Core.Ports;

namespace SpotifySync.Companion.Ports;

/// <summary>
/// The core's run lock (Apps Script's script lock) as the companion's own <see cref="SyncLock"/>, which the run
/// already holds from start to end: the core gets it while the lock file still names this run, and releasing it is
/// left to the run, so a cron job or the server never starts beside the sync.
/// </summary>
public sealed class RunLockPort(string lockFile, string runId) : ILock
{
    public bool TryLock(int milliseconds) => SyncLock.Read(lockFile)?.RunId == runId;

    public void Release()
    {
        // The run that took the lock file releases it when the whole run (sync and downloads) is over.
    }
}

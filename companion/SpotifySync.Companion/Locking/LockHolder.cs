using System.Collections.Generic;

namespace SpotifySync.Companion.Locking;

/// <summary>
/// What the lock file says: who holds the lock, since when (ISO 8601 UTC), for which run, and the child processes the
/// run has running (<see cref="RunChildren"/>; null in a lock file written before they were kept).
/// </summary>
public sealed record LockHolder(int Pid, string StartMark, string Since, string RunId, IReadOnlyList<ProcessIdentity>? Children = null)
{
    public ProcessIdentity Process => new(Pid, StartMark);
}

namespace SpotifySync.Companion.Locking;

/// <summary>What the lock file says: who holds the lock, since when (ISO 8601 UTC), for which run.</summary>
public sealed record LockHolder(int Pid, string StartMark, string Since, string RunId)
{
    public ProcessIdentity Process => new(Pid, StartMark);
}

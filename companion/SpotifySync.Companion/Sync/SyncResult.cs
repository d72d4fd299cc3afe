using SpotifySync.Companion.Locking;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Sync;

/// <summary>How a run went: the exit code, its record (null when it could not start), the lock's holder when busy, and a line for the terminal.</summary>
public sealed record SyncResult(int ExitCode, RunRecord? Run, LockHolder? HeldBy, string Message);

using System;
using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Companion.Locking;

/// <summary>
/// The child processes of a run (yt-dlp, and through it ffmpeg), kept in the lock file while they run. A run killed
/// with <c>kill -9</c> can end none of them, and an orphaned yt-dlp would go on writing the track the next run
/// downloads; the run that takes the lock over from the dead holder reads them there and ends those still running
/// (<see cref="EndLeftBy"/>) before it starts anything, so a track is never written by two processes at once. Each
/// is known by its PID and start time (<see cref="ProcessIdentity"/>), so a later process that got the same PID is
/// never taken for it.
/// </summary>
public sealed class RunChildren(string lockFile, string runId)
{
    /// <summary>How long an ended child may take to be gone: a hang guard, as SIGKILL ends a process at once.</summary>
    private static readonly TimeSpan EndPatience = TimeSpan.FromSeconds(30);

    public void Started(ProcessIdentity child) => Change(children => [.. children, child]);

    public void Ended(ProcessIdentity child) => Change(children => children.Where(c => c != child).ToList());

    /// <summary>Ends the children <paramref name="dead"/>, a holder whose process is gone, left running; returns those it ended.</summary>
    /// <exception cref="TimeoutException">One was still running long after it was killed: the run must not start beside it.</exception>
    public static IReadOnlyList<ProcessIdentity> EndLeftBy(LockHolder dead) =>
        (dead.Children ?? []).Where(child => child.End(EndPatience)).ToList();

    private void Change(Func<IReadOnlyList<ProcessIdentity>, IReadOnlyList<ProcessIdentity>> change) =>
        SyncLock.Change(lockFile, runId, holder => holder with { Children = change(holder.Children ?? []) });
}

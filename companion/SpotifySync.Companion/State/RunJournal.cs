using System.Linq;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Locking;

namespace SpotifySync.Companion.State;

/// <summary>
/// The runs in the state file: a run is added when it starts, so that one a kill ends is seen as interrupted by the
/// next, and replaced by its record when it ends.
/// </summary>
public sealed class RunJournal(StateStore state)
{
    /// <summary>Adds the starting run; a run still marked running belongs to a process that is gone, since only the lock's holder runs.</summary>
    public void Start(RunRecord run) => state.Update(s =>
    {
        foreach (var stale in s.Runs.Where(r => r.Outcome == RunOutcomes.Running)) stale.Outcome = RunOutcomes.Interrupted;
        s.AddRun(run);
    });

    /// <summary>Keeps the run's final record in its place.</summary>
    public void Finish(RunRecord run) => state.Update(s =>
    {
        var index = s.Runs.FindIndex(r => r.RunId == run.RunId);
        if (index >= 0) s.Runs[index] = run;
        else s.AddRun(run);
    });

    /// <summary>
    /// Removes the temporary files of atomic writes that a killed process left beside the state file, the core's store
    /// and the lock file. Each is removed under its file's guard, which every writer holds, so no live write loses its
    /// temporary file.
    /// </summary>
    public static void RemoveLeftoverWrites(CompanionConfiguration configuration, ILogger log)
    {
        foreach (var path in new[] { configuration.StateFile, configuration.CoreStoreFile, configuration.LockFile })
        {
            using var guard = FileGuard.Acquire(path);
            foreach (var leftover in AtomicFile.RemoveLeftovers(path)) log.Warning("Removed {File}, left by a write that was killed midway", leftover);
        }
    }
}

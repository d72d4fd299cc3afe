using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.State;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// The temporary files of atomic writes that a <c>kill -9</c> interrupted, on real files: the next run, holding the
/// lock, removes those of its own naming pattern and nothing else, and the state stays whole.
/// </summary>
public sealed class LeftoverWriteTests
{
    [Fact]
    public void Only_files_of_the_atomic_writes_own_pattern_for_that_file_are_removed()
    {
        var folder = Directory.CreateTempSubdirectory("spotify-sync-leftovers-").FullName;
        try
        {
            var state = Path.Combine(folder, "state.json");
            AtomicFile.WriteAllText(state, "{}");
            var leftover = Path.Combine(folder, $".state.json.4242.{Guid.NewGuid():N}.tmp");
            string[] others =
            [
                Path.Combine(folder, $".core-store.json.4242.{Guid.NewGuid():N}.tmp"), Path.Combine(folder, ".state.json.backup.tmp"),
                Path.Combine(folder, "state.json.tmp"), Path.Combine(folder, $".state.json.4242.{Guid.NewGuid():N}.tmp.keep"),
            ];
            foreach (var file in others.Append(leftover)) File.WriteAllText(file, "{\"runs\": [");

            Assert.Equal([leftover], AtomicFile.RemoveLeftovers(state));

            Assert.All(others, file => Assert.True(File.Exists(file)));
            Assert.Equal("{}", File.ReadAllText(state));
            Assert.Empty(AtomicFile.RemoveLeftovers(Path.Combine(folder, "missing", "state.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_run_removes_what_killed_writes_of_the_state_the_cores_store_and_the_lock_left_and_keeps_the_state()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var first = await SyncRuns.RunAsync(sandbox);
        var stateBefore = File.ReadAllText(sandbox.StateFile);
        // What a process killed between creating its temporary file and the rename leaves: a part of the new text.
        string[] leftovers =
        [
            Path.Combine(sandbox.Home, $".state.json.31337.{Guid.NewGuid():N}.tmp"),
            Path.Combine(sandbox.Home, $".core-store.json.31337.{Guid.NewGuid():N}.tmp"),
            Path.Combine(sandbox.Home, $".sync.lock.31337.{Guid.NewGuid():N}.tmp"),
        ];
        foreach (var file in leftovers) File.WriteAllText(file, stateBefore[..(stateBefore.Length / 2)]);
        var persons = Path.Combine(sandbox.Home, "state.json.before-upgrade.tmp");
        File.WriteAllText(persons, stateBefore);

        var second = await SyncRuns.RunAsync(sandbox);

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.All(leftovers, file => Assert.False(File.Exists(file)));
        Assert.True(File.Exists(persons));
        Assert.Equal([second.Run!.RunId, first.Run!.RunId], sandbox.State.Read().Runs.Select(r => r.RunId));
        Assert.Equal(RunOutcomes.Succeeded, sandbox.State.Read().Runs[1].Outcome);
    }
}

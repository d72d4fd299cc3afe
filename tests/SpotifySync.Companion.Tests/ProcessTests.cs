using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Processes;
using SpotifySync.Companion.State;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>The lock and the state file across real processes: the built tool run as children, one of them killed.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task A_second_run_while_one_holds_the_lock_exits_4_and_a_run_killed_mid_run_leaves_state_the_next_run_recovers()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var gate = Path.Combine(sandbox.Root, "gate");
        sandbox.Set("STANDIN_YTDLP_GATE", gate);
        var page = sandbox.AddTrack("Midnight City", "M83", 244);

        using var first = ToolProcess.Start(sandbox.Environment, "sync", "--mode", "incremental");
        var holder = await sandbox.WaitForLockAsync(first.Pid);
        Assert.Equal(RunOutcomes.Running, sandbox.State.Read().Runs[0].Outcome);

        var second = await ToolProcess.RunAsync(sandbox.Environment, "sync");
        Assert.Equal(ExitCodes.AlreadyRunning, second.ExitCode);
        Assert.Contains($"Another sync is running (run {holder.RunId}, PID {first.Pid}", second.Error);

        // Killed where it waits for the gate, its writes of the state and core store done (under load they may not be yet).
        for (var i = 0; i < 1200 && !sandbox.YtDlpCalls().Contains("--version"); i++) await Task.Delay(50);
        first.Kill();
        await first.WaitAsync();
        // kill -9 leaves the lock file behind, naming a process that is gone, and a state file that is whole.
        Assert.Equal(first.Pid, SyncLock.Read(sandbox.LockFile)!.Pid);
        using (JsonDocument.Parse(File.ReadAllText(sandbox.StateFile)))
        {
        }
        Assert.Empty(Directory.GetFiles(sandbox.Home, "*.tmp"));
        // Had the kill come during a write of the state file, its temporary file would be left, half written.
        var leftover = Path.Combine(sandbox.Home, $".state.json.{first.Pid}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(leftover, File.ReadAllText(sandbox.StateFile)[..20]);

        File.WriteAllText(gate, "");
        var third = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Success, third.ExitCode);
        Assert.Contains("1 downloaded", third.Output);
        var runs = sandbox.State.Read().Runs;
        Assert.Equal(2, runs.Count);
        Assert.Equal(RunOutcomes.Succeeded, runs[0].Outcome);
        Assert.Equal((holder.RunId, RunOutcomes.Interrupted), (runs[1].RunId, runs[1].Outcome));
        Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
        Assert.False(File.Exists(sandbox.LockFile));
        Assert.False(File.Exists(leftover));
        var log = File.ReadAllText(Path.Combine(sandbox.Home, "logs", "sync.log"));
        Assert.Contains($"Took over the lock of run {holder.RunId}", log);
        Assert.Contains($"Removed {leftover}, left by a write that was killed midway", log);
        Assert.DoesNotContain(CompanionSandbox.NotionToken, log);
    }

    /// <param name="childOutlivesParent">
    /// The stand-in undoes its tie to the companion, as where the companion cannot tie its children to itself (macOS,
    /// a Linux without setpriv's --pdeathsig): the next run must find it through the lock's record and end it.
    /// </param>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sync_killed_with_9_leaves_no_yt_dlp_running_and_the_next_run_downloads_the_track_once(bool childOutlivesParent)
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var pids = Path.Combine(sandbox.Root, "download-pids");
        sandbox.Set("STANDIN_YTDLP_PIDS", pids);
        sandbox.Set("STANDIN_YTDLP_SLOW_IDS", "1001");
        if (childOutlivesParent) sandbox.Set("STANDIN_YTDLP_UNTIE", "1");
        var page = sandbox.AddTrack("Midnight City", "M83", 244);

        using var killed = ToolProcess.Start(sandbox.Environment, "sync");
        var holder = await sandbox.WaitForLockAsync(killed.Pid);
        await sandbox.WaitForPartialFileAsync();
        // The hung download is the yt-dlp the lock file names, with its start time.
        var downloading = int.Parse(File.ReadAllLines(pids).Single(), CultureInfo.InvariantCulture);
        var child = Assert.Single(SyncLock.Read(sandbox.LockFile)!.Children!);
        Assert.Equal(downloading, child.Pid);
        try
        {
            killed.Kill();
            await killed.WaitAsync();
            if (childOutlivesParent) Assert.True(child.IsRunning());
            else await WaitUntilGoneAsync(child);

            sandbox.Set("STANDIN_YTDLP_SLOW_IDS", null);
            var next = await ToolProcess.RunAsync(sandbox.Environment, "sync");

            Assert.Equal(ExitCodes.Success, next.ExitCode);
            Assert.False(child.IsRunning());
            var log = File.ReadAllText(Path.Combine(sandbox.Home, "logs", "sync.log"));
            Assert.Equal(childOutlivesParent, log.Contains($"Ended process {child.Pid}, which run {holder.RunId} started and left running", StringComparison.Ordinal));
            // Written by one process at a time, once: the killed run's download never finished, the next one did.
            Assert.Empty(sandbox.ConcurrentWrites());
            Assert.Equal(2, sandbox.Downloads().Count);
            Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
            Assert.Equal("audio of 1001", File.ReadAllText(sandbox.Page(page).Text("File Path")));
            Assert.Equal(["soundcloud 1001"], File.ReadAllLines(Path.Combine(sandbox.Home, "download-archive.txt")));
            Assert.Equal([sandbox.Page(page).Text("File Path")], Directory.GetFileSystemEntries(sandbox.DownloadDir));
        }
        finally
        {
            // A failed assertion must not leave the hung stand-in running for its hour.
            child.End(TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task A_dead_holders_child_is_known_by_its_PID_and_start_time_so_a_later_process_with_that_PID_is_left_running()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        using var child = Process.Start("sleep", "600");
        try
        {
            var identity = ProcessIdentity.Of(child.Id)!;
            // Its PID, but another start time: the recorded child ended, and the system gave its PID to this process.
            await TakeOverLockNamingAsync(identity with { StartMark = "1" });
            Assert.True(identity.IsRunning());

            await TakeOverLockNamingAsync(identity);
            Assert.True(child.WaitForExit(TimeSpan.FromMinutes(1)));
        }
        finally
        {
            if (!child.HasExited) child.Kill();
        }

        async Task TakeOverLockNamingAsync(ProcessIdentity recorded)
        {
            using var gone = Process.Start("true");
            await gone.WaitForExitAsync();
            Directory.CreateDirectory(sandbox.Home);
            File.WriteAllText(sandbox.LockFile, JsonSerializer.Serialize(new LockHolder(gone.Id, "1", DateTime.UtcNow.ToString("O"), "run-killed", [recorded])));
            Assert.Equal(ExitCodes.Success, (await SyncRuns.RunAsync(sandbox)).ExitCode);
        }
    }

    /// <summary>
    /// yt-dlp leads a process group of its own, which holds the ffmpeg it starts: killed with its run, it leaves that
    /// ffmpeg running, which no process tree leads to any more, but the group does. Here a shell started by setsid, as
    /// the companion starts yt-dlp, stands for yt-dlp, and a sleep it leaves for its ffmpeg (RealYtDlpTests kill the
    /// real ones).
    /// </summary>
    [Fact]
    public async Task What_a_dead_holders_child_left_in_its_process_group_is_ended_by_the_next_run()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        using var leader = Process.Start(new ProcessStartInfo("setsid", ["sh", "-c", "sleep 600 & read line"]) { RedirectStandardInput = true })!;
        var recorded = ProcessIdentity.Of(leader.Id)!;
        ProcessIdentity? left = null;
        try
        {
            // setsid ran the shell in its place (same PID), as the leader of a new group, which holds its sleep.
            for (var i = 0; i < 1200 && left is null; i++)
            {
                left = ProcessGroups.Members(leader.Id).Where(pid => pid != leader.Id).Select(ProcessIdentity.Of).FirstOrDefault();
                if (left is null) await Task.Delay(50);
            }
            Assert.NotNull(left);
            leader.StandardInput.Close();
            await leader.WaitForExitAsync();
            Assert.True(left.IsRunning());

            using var gone = Process.Start("true");
            await gone.WaitForExitAsync();
            Directory.CreateDirectory(sandbox.Home);
            File.WriteAllText(sandbox.LockFile, JsonSerializer.Serialize(new LockHolder(gone.Id, "1", DateTime.UtcNow.ToString("O"), "run-killed", [recorded])));
            var next = await ToolProcess.RunAsync(sandbox.Environment, "sync");

            Assert.Equal(ExitCodes.Success, next.ExitCode);
            Assert.False(left.IsRunning());
            Assert.Contains($"Ended process {leader.Id}, which run run-killed started and left running", File.ReadAllText(Path.Combine(sandbox.Home, "logs", "sync.log")));
        }
        finally
        {
            left?.End(TimeSpan.FromMinutes(1));
            if (!leader.HasExited) leader.Kill();
        }
    }

    /// <summary>Waits, with a generous guard against a hang, until the process is gone.</summary>
    private static async Task WaitUntilGoneAsync(ProcessIdentity process)
    {
        for (var i = 0; i < 1200 && process.IsRunning(); i++) await Task.Delay(50);
        Assert.False(process.IsRunning(), $"Process {process.Pid} still runs a minute after its parent was killed.");
    }

    [Fact]
    public async Task A_process_killed_while_writing_state_again_and_again_always_leaves_a_whole_state_file_and_the_next_run_removes_its_temporary_files()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var random = new Random(11);
        for (var round = 0; round < 5; round++)
        {
            // Each `cron install` and `cron remove` rewrites the state file (Cron Active); kill one at a seeded moment.
            using var tool = round % 2 == 0 ? ToolProcess.Start(sandbox.Environment, "cron", "install", "--write-config") : ToolProcess.Start(sandbox.Environment, "status", "--json");
            await Task.Delay(random.Next(50, 400));
            tool.Kill();
            await tool.WaitAsync();
            // Read throws on a file that is not whole JSON.
            if (File.Exists(sandbox.StateFile)) Assert.NotNull(sandbox.State.Read().Automation);
        }
        // A kill that came mid-write left a temporary file; the next run removes every one and keeps the state.
        var sync = await ToolProcess.RunAsync(sandbox.Environment, "sync");
        Assert.Equal(ExitCodes.Success, sync.ExitCode);
        Assert.Empty(Directory.GetFiles(sandbox.Home, ".state.json.*.tmp"));
        Assert.Equal(RunOutcomes.Succeeded, sandbox.State.Read().Runs[0].Outcome);
    }

    [Fact]
    public async Task Bad_settings_exit_3_with_each_setting_named_with_where_it_was_set_and_the_fix()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        var config = Path.Combine(sandbox.Root, "config.json");
        File.WriteAllText(config, """{"SPOTIFY_SYNC_PORT": "seventy", "TRACKS_DB_ID": "not-an-id"}""");
        sandbox.Set("TRACKS_DB_ID", null);

        var result = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--config", config);

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Contains($"SPOTIFY_SYNC_PORT 'seventy' from the config file {config} is not a whole number from 1 to 65535", result.Error);
        Assert.Contains($"TRACKS_DB_ID 'not-an-id' from the config file {config} holds no Notion id: paste the database's link", result.Error);
        Assert.False(File.Exists(sandbox.StateFile));
    }

    [Fact]
    public async Task A_NOTION_TOKEN_that_is_not_shaped_as_Notion_tokens_are_is_refused_at_start_without_being_shown()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("NOTION_TOKEN", "hello");

        var result = await ToolProcess.RunAsync(sandbox.Environment, "sync");

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        Assert.Equal("spotify-sync: NOTION_TOKEN (secret) from the environment variable is not a Notion integration token, which starts with ntn_ or, for older ones, secret_: " +
                     "copy the Internal Integration Secret of your integration from https://www.notion.so/profile/integrations.\n", result.Error);
        Assert.Empty(sandbox.Notion.Traffic.Entries);
        Assert.False(File.Exists(sandbox.StateFile));
    }

    [Fact]
    public async Task Serve_without_the_settings_its_runs_need_exits_3_at_start_naming_each_setting_and_the_fix()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("NOTION_TOKEN", null);
        // One Spotify credential means full runs sync the library, which needs all three.
        sandbox.Set("SPOTIFY_CLIENT_ID", "an-app");

        using var serve = ToolProcess.Start(sandbox.Environment, "serve");
        // A serve that starts anyway never exits: fail then instead of hanging (disposing the process stops it).
        var result = await serve.WaitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(ExitCodes.Configuration, result.ExitCode);
        const string config = "(~/.config/spotify-sync/config.json)";
        Assert.Equal(
            [
                $"spotify-sync: NOTION_TOKEN is not set: set it to the Notion integration's secret (ntn_…), as an environment variable or in the config file {config}.",
                $"spotify-sync: SPOTIFY_CLIENT_SECRET is not set: set it to the Client secret of your app on developer.spotify.com/dashboard, as an environment variable or in the config file {config}.",
                $"spotify-sync: SPOTIFY_REFRESH_TOKEN is not set: set it to a refresh token of that app for your account (companion/README.md, \"The full Spotify → Notion sync\"), as an environment variable or in the config file {config}.",
                "spotify-sync: WEBHOOK_SECRET is not set: every request of the webhook API but GET /gas/health is signed with it, wherever the server listens (a tunnel " +
                $"brings every request from 127.0.0.1). Run `spotify-sync secret` to write a new one to the config file {config}, then set Apps Script's Script Property WEBHOOK_SECRET to the value it prints.",
            ],
            result.Error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("serving on", result.Output);
    }

    [Fact]
    public async Task Every_command_has_help()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        foreach (var command in new[] { new[] { "--help" }, ["sync", "--help"], ["serve", "--help"], ["cron", "--help"], ["cron", "install", "--help"], ["cron", "remove", "--help"], ["cron", "status", "--help"], ["status", "--help"], ["gas", "--help"], ["gas", "run", "--help"], ["demo", "--help"],
                     ["secret", "--help"], ["api", "--help"], ["api", "health", "--help"], ["api", "status", "--help"], ["api", "trigger-sync", "--help"], ["api", "config", "--help"] })
        {
            var result = await ToolProcess.RunAsync(sandbox.Environment, command);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage:", result.Output);
        }
        var sync = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--help");
        Assert.Contains("the full Spotify → Notion sync of the liked songs through the shared core", sync.Output);
        Assert.Contains("--scheduled", sync.Output);
        Assert.Contains("Sync Enabled unchecked in the row: the run does nothing, says so and exits 0", sync.Output);
        Assert.Contains("`sync --scheduled`", (await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--help")).Output);
        var gasRun = (await ToolProcess.RunAsync(sandbox.Environment, "gas", "run", "--help")).Output;
        Assert.Contains("--sandbox", gasRun);
        Assert.Contains("--event ", gasRun);
        Assert.Contains("--event-file", gasRun);
        Assert.Contains("BUILT-IN STAND-IN", (await ToolProcess.RunAsync(sandbox.Environment, "demo", "--help")).Output);
        Assert.Contains("--rotate", (await ToolProcess.RunAsync(sandbox.Environment, "secret", "--help")).Output);
        var apiConfig = (await ToolProcess.RunAsync(sandbox.Environment, "api", "config", "--help")).Output;
        Assert.Contains("--trigger-interval", apiConfig);
        Assert.Contains("--url", apiConfig);
        Assert.Contains("--json", apiConfig);
        var usage = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "sometimes");
        Assert.Equal(ExitCodes.Usage, usage.ExitCode);
    }

    [Fact]
    public async Task A_bare_spotify_sync_or_cron_prints_its_help_and_exits_0()
    {
        await using var sandbox = await CompanionSandbox.StartAsync();
        foreach (var command in new[] { Array.Empty<string>(), ["cron"] })
        {
            var bare = await ToolProcess.RunAsync(sandbox.Environment, command);
            var help = await ToolProcess.RunAsync(sandbox.Environment, [.. command, "--help"]);
            Assert.Equal((ExitCodes.Success, "", help.Output), (bare.ExitCode, bare.Error, bare.Output));
            Assert.Contains("Usage:", bare.Output);
        }
    }
}

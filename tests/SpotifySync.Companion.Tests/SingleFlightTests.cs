using System;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Serilog;
using Microsoft.AspNetCore.Http;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Server;
using SpotifySync.Companion.State;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// One run at a time between the cron job (<c>spotify-sync sync</c> as a real child process) and a running server on
/// the same home: both take the same lock file. The stand-in yt-dlp's <c>--version</c> waits for a gate file, so the
/// run that holds the lock keeps it until the test opens the gate.
/// </summary>
public sealed class SingleFlightTests
{
    [Fact]
    public async Task While_a_sync_child_process_holds_the_lock_trigger_sync_answers_409_and_starts_nothing()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        var gate = Path.Combine(sandbox.Root, "gate");
        sandbox.Set("STANDIN_YTDLP_GATE", gate);
        var page = sandbox.AddTrack("Midnight City", "M83", 244);
        await using var server = await GasServer.StartAsync(sandbox.Configuration(), new LoggerConfiguration().CreateLogger(), 0);
        using var http = new HttpClient();
        var client = new GasApiClient(http, server.BaseAddress, CompanionSandbox.WebhookSecret, TimeProvider.System);

        using var cron = ToolProcess.Start(sandbox.Environment, "sync", "--mode", "incremental", "--scheduled");
        var holder = await sandbox.WaitForLockAsync(cron.Pid);

        var busy = await TriggerSyncAsync(client);
        Assert.Equal(StatusCodes.Status409Conflict, busy.Status);
        using (var body = JsonDocument.Parse(busy.Body))
        {
            Assert.Equal("sync_running", body.RootElement.GetProperty("error").GetString());
            Assert.StartsWith($"A sync is running (run {holder.RunId}, PID {cron.Pid}, since ", body.RootElement.GetProperty("detail").GetString());
        }
        Assert.Equal(holder.RunId, Assert.Single(sandbox.State.Read().Runs).RunId);

        File.WriteAllText(gate, "");
        var finished = await cron.WaitAsync();
        Assert.Equal(ExitCodes.Success, finished.ExitCode);
        Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
        // The lock is free again, so the server's next call starts its run (the 409 was not remembered, so even the same signed request would pass).
        var accepted = await TriggerSyncAsync(client);
        Assert.Equal(StatusCodes.Status202Accepted, accepted.Status);
        await server.Service.Runs.Current;
        var runs = sandbox.State.Read().Runs;
        Assert.Equal(("trigger-sync", RunOutcomes.Succeeded, "schedule", RunOutcomes.Succeeded), (runs[0].Trigger, runs[0].Outcome, runs[1].Trigger, runs[1].Outcome));
        Assert.Single(sandbox.Downloads());
    }

    [Fact]
    public async Task While_a_server_run_holds_the_lock_a_sync_child_process_exits_4_and_does_nothing()
    {
        await using var sandbox = (await CompanionSandbox.StartAsync()).WithWebhookSecret();
        var gate = Path.Combine(sandbox.Root, "gate");
        sandbox.Set("STANDIN_YTDLP_GATE", gate);
        var page = sandbox.AddTrack("Midnight City", "M83", 244);
        await using var server = await GasServer.StartAsync(sandbox.Configuration(), new LoggerConfiguration().CreateLogger(), 0);
        using var http = new HttpClient();
        var client = new GasApiClient(http, server.BaseAddress, CompanionSandbox.WebhookSecret, TimeProvider.System);

        var accepted = await TriggerSyncAsync(client);
        Assert.Equal(StatusCodes.Status202Accepted, accepted.Status);
        string runId;
        using (var body = JsonDocument.Parse(accepted.Body)) runId = body.RootElement.GetProperty("runId").GetString()!;
        Assert.Equal((runId, Environment.ProcessId), (SyncLock.Read(sandbox.LockFile)!.RunId, SyncLock.Read(sandbox.LockFile)!.Pid));

        var cron = await ToolProcess.RunAsync(sandbox.Environment, "sync", "--mode", "incremental", "--scheduled");

        Assert.Equal(ExitCodes.AlreadyRunning, cron.ExitCode);
        Assert.Contains($"Another sync is running (run {runId}, PID {Environment.ProcessId}, since ", cron.Error);
        Assert.Contains("this one did nothing.", cron.Error);
        File.WriteAllText(gate, "");
        await server.Service.Runs.Current;
        var run = Assert.Single(sandbox.State.Read().Runs);
        Assert.Equal((runId, RunOutcomes.Succeeded), (run.RunId, run.Outcome));
        Assert.Equal("Downloaded", sandbox.Page(page).Select("Download Status"));
        Assert.Single(sandbox.Downloads());
        Assert.False(File.Exists(sandbox.LockFile));
    }

    private static Task<GasApiAnswer> TriggerSyncAsync(GasApiClient client) => client.PostAsync("gas/trigger-sync", """{"mode":"incremental"}""", default);
}

using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Api;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.Server;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;
using Xunit;

namespace SpotifySync.Companion.Tests;

/// <summary>
/// <c>spotify-sync status</c> as a child process after a real <c>sync</c> run, with the schedule installed in the
/// stand-in crontab by <c>cron install</c>. The children run in TZ=America/New_York, so the next run is shown in local time.
/// </summary>
public sealed class StatusCommandTests
{
    private const string TimeZoneId = "America/New_York";

    [Fact]
    public async Task Status_names_the_last_run_with_its_counts_the_totals_and_the_next_run_of_the_installed_crontab()
    {
        await using var sandbox = await RanOneSyncAsync();
        var run = Assert.Single(sandbox.State.Read().Runs);
        var (status, next) = await StatusAsync(sandbox);

        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Equal("", status.Error);
        var lines = status.Output.TrimEnd('\n').Split('\n');
        Assert.Equal($"spotify-sync {CompanionVersion.Current}, state in {sandbox.Home}", lines[0]);
        Assert.Equal("running: no", lines[1]);
        Assert.Equal("sync enabled: True, mode incremental, cron active True", lines[2]);
        Assert.Contains(lines[3], next.Select(n => $"next scheduled run: {n.At:yyyy-MM-dd HH:mm zzz} ({n.Mode})"));
        Assert.Equal($"downloaded 1, not found 1, failed 1, awaiting retry 1 (over the last {CompanionState.KeptRuns} runs)", lines[4]);
        Assert.Equal("last runs:", lines[5]);
        Assert.Equal($"  {run.RunId} incremental command-line {RunOutcomes.CompletedWithErrors,-21} downloaded 1, not found 1, failed 1", lines[6]);
        Assert.Equal("recent errors:", lines[7]);
        Assert.StartsWith($"  {run.RunId}: ", lines[8]);
        Assert.Contains("HTTP Error 403: Forbidden", lines[8]);
    }

    [Fact]
    public async Task Status_json_reports_the_same_run_counts_and_next_run_as_GET_gas_status()
    {
        await using var sandbox = await RanOneSyncAsync();
        var run = Assert.Single(sandbox.State.Read().Runs);
        var (status, next) = await StatusAsync(sandbox, "--json");

        Assert.Equal(ExitCodes.Success, status.ExitCode);
        using var report = JsonDocument.Parse(status.Output);
        var root = report.RootElement;
        Assert.Equal(CompanionVersion.Current, root.GetProperty("version").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("running").ValueKind);
        var last = Assert.Single(root.GetProperty("lastRuns").EnumerateArray());
        Assert.Equal(
            (run.RunId, "incremental", "command-line", RunOutcomes.CompletedWithErrors, 3, 1, 1, 1, 6),
            (last.GetProperty("runId").GetString(), last.GetProperty("mode").GetString(), last.GetProperty("trigger").GetString(), last.GetProperty("outcome").GetString(),
             last.GetProperty("pending").GetInt32(), last.GetProperty("downloaded").GetInt32(), last.GetProperty("notFound").GetInt32(), last.GetProperty("failed").GetInt32(),
             last.GetProperty("exitCode").GetInt32()));
        var counts = root.GetProperty("counts");
        Assert.Equal((1, 1, 1, 1), (counts.GetProperty("downloaded").GetInt32(), counts.GetProperty("notFound").GetInt32(), counts.GetProperty("failed").GetInt32(), counts.GetProperty("awaitingRetry").GetInt32()));
        var scheduled = root.GetProperty("nextScheduledRun");
        Assert.Contains((scheduled.GetProperty("at").GetDateTimeOffset(), scheduled.GetProperty("mode").GetString()!), next);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("scheduleError").ValueKind);
        Assert.True(root.GetProperty("automation").GetProperty("cronActive").GetBoolean());

        sandbox.WithWebhookSecret();
        await using var server = await GasServer.StartAsync(sandbox.Configuration(), new LoggerConfiguration().CreateLogger(), 0);
        using var http = new HttpClient();
        var served = JsonNode.Parse((await new GasApiClient(http, server.BaseAddress, CompanionSandbox.WebhookSecret, TimeProvider.System).GetAsync("gas/status", default)).Body)!;
        var printed = JsonNode.Parse(status.Output)!;
        foreach (var part in new[] { "version", "lastRuns", "counts", "errors", "automation", "events" })
        {
            Assert.True(JsonNode.DeepEquals(printed[part], served[part]), $"{part}: status --json printed {printed[part]?.ToJsonString()}, GET /gas/status answered {served[part]?.ToJsonString()}");
        }
    }

    /// <summary>
    /// A sandbox whose crontab holds the companion's two lines and whose one <c>sync</c> run downloaded a track, found
    /// none for another and failed on a third (the stand-in yt-dlp answers 403 for it).
    /// </summary>
    private static async Task<CompanionSandbox> RanOneSyncAsync()
    {
        var sandbox = await CompanionSandbox.StartAsync();
        sandbox.Set("TZ", TimeZoneId);
        sandbox.Set("STANDIN_YTDLP_FAIL_IDS", "4001");
        sandbox.AddTrack("Midnight City", "M83", 244);
        sandbox.AddTrack("Song Nobody Uploaded", "Nobody", 180);
        sandbox.AddTrack("Bad Track", "Broken", 200);
        Assert.Equal(ExitCodes.Success, (await ToolProcess.RunAsync(sandbox.Environment, "cron", "install", "--write-config")).ExitCode);
        var sync = await ToolProcess.RunAsync(sandbox.Environment, "sync");
        Assert.Equal(ExitCodes.CompletedWithErrors, sync.ExitCode);
        return sandbox;
    }

    /// <summary>
    /// Runs <c>status</c> with <paramref name="arguments"/>, and the next run of the installed lines as of just before
    /// and just after it: the child reads the clock between the two, so it reports one of them (they differ only when
    /// a run time falls in between).
    /// </summary>
    private static async Task<((int ExitCode, string Output, string Error) Status, (DateTimeOffset At, string Mode)[] Next)> StatusAsync(CompanionSandbox sandbox, params string[] arguments)
    {
        var installed = CronEntries.Installed(File.ReadAllText(sandbox.CrontabFile));
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var before = CronSchedule.Next(installed, DateTimeOffset.UtcNow, zone)!.Value;
        var status = await ToolProcess.RunAsync(sandbox.Environment, ["status", .. arguments]);
        var after = CronSchedule.Next(installed, DateTimeOffset.UtcNow, zone)!.Value;
        return (status, [before, after]);
    }
}

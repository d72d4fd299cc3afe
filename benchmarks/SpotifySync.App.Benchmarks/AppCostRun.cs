using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Triggers;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using static SpotifySync.Benchmarks.BenchmarkReport;

namespace SpotifySync.App.Benchmarks;

/// <summary>
/// A person's setup and first sync, simulated and measured: the Script Properties set, <c>initializeSpotifySync</c>
/// and <c>setupTimeTrigger</c> run from the editor, the 5-minute trigger firing until the resumable full sync reports
/// phase <c>done</c>, then a whole day of trigger runs with nothing new. Spotify and Notion answer with the
/// <see cref="SpotifyLatency"/> and <see cref="NotionLatency"/> log-normal latencies, spent on the virtual clock, and
/// Notion's rate budget is enforced as Notion enforces it.
/// </summary>
internal static class AppCostRun
{
    public static readonly LatencyModel SpotifyLatency = LatencyModel.LogNormal(TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(400));

    public static readonly LatencyModel NotionLatency = LatencyModel.LogNormal(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(700));

    public const int TriggerIntervalMinutes = 5;

    private const string SyncHandler = "syncSpotifyToNotion";

    /// <summary>Spotify's access tokens last an hour; the refresh is the call an idle run makes besides its read.</summary>
    private const string TokenEndpoint = "POST /api/token";

    /// <summary>Far more than any library here needs: a full sync still running then has stalled, and the benchmark says so.</summary>
    private static readonly TimeSpan FullSyncLimit = TimeSpan.FromDays(2);

    public static async Task<AppCostFigures> RunAsync(ScriptProject project, int likedTracks, int seed, Action<string> say)
    {
        await using var cloud = await SimulatedCloud.StartAsync(new SimulatedCloudOptions
        {
            Seed = seed,
            Library = new LibrarySpec { Tracks = likedTracks * 3 / 2, LikedTracks = likedTracks, Plays = 0 },
        });
        cloud.Spotify.Faults.WithLatency(FaultPlan.AnyEndpoint, SpotifyLatency);
        cloud.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, NotionLatency);
        var tracks = SyncSetup.Prepare(cloud);
        Setup(cloud, project);

        var scheduler = new TriggerScheduler(cloud.Environment, project);
        var started = cloud.Clock.GetUtcNow();
        var fullSync = RunFullSync(cloud, scheduler, started, say);
        var audit = LibraryAudit.Of(cloud, tracks.DataSourceId);
        var creating = fullSync.Where(run => Created(run) > 0).ToList();
        var notion = cloud.Notion.Traffic.Entries;
        var notionWhileCreating = notion.Count(entry => creating.Any(run => entry.At >= run.Start && entry.At < run.End));

        say($"Full sync done after {fullSync.Count} executions; a day of idle trigger runs follows.");
        var idleFrom = scheduler.History.Count;
        var idleStart = cloud.Clock.GetUtcNow();
        scheduler.RunFor(TimeSpan.FromDays(1));
        var idle = scheduler.History.Skip(idleFrom).Select(execution => execution.Result).OfType<ExecutionResult>().ToList();
        var failed = fullSync.Concat(idle).Count(run => !run.Succeeded);

        return new AppCostFigures(
            audit.LikedTracks,
            audit.Pages,
            audit.Duplicated.Count,
            audit.Missing.Count,
            fullSync.Count,
            failed,
            fullSync[^1].End - started,
            fullSync.Sum(run => run.UrlFetchCount),
            fullSync.Sum(Created),
            notionWhileCreating,
            TimeSpan.FromMilliseconds(creating.Sum(run => run.Duration.TotalMilliseconds)),
            notion.Count(entry => entry.Status == 429),
            NotionSimulatorOptions.DefaultRequestsPerMinute,
            idle.Count,
            idle.Sum(run => run.UrlFetchCount),
            idle.Count(run => run.UrlFetchCount == 1),
            idle.Max(run => run.UrlFetchCount),
            cloud.Spotify.Traffic.Entries.Count(entry => entry.At >= idleStart && entry.Endpoint == TokenEndpoint),
            TimeSpan.FromMilliseconds(Median(idle.Select(run => run.Duration.TotalMilliseconds))),
            TimeSpan.FromMilliseconds(idle.Average(run => run.Duration.TotalMilliseconds)),
            TimeSpan.FromMilliseconds(idle.Sum(run => run.Duration.TotalMilliseconds)));
    }

    private static void Setup(SimulatedCloud cloud, ScriptProject project)
    {
        foreach (var (function, arguments) in new (string, object?[])[]
        {
            ("initializeSpotifySync", [new JsonObject { ["triggerIntervalMinutes"] = TriggerIntervalMinutes }]),
            ("setupTimeTrigger", []),
        })
        {
            var result = cloud.Environment.Run(project, function, arguments);
            if (!result.Succeeded) throw new InvalidOperationException($"{function}() failed, so nothing can be measured: {result.Error}");
        }
    }

    /// <summary>The trigger runs from the first to the one that finished the full sync.</summary>
    private static List<ExecutionResult> RunFullSync(SimulatedCloud cloud, TriggerScheduler scheduler, DateTimeOffset started, Action<string> say)
    {
        var reported = 0;
        while (true)
        {
            scheduler.RunFor(TimeSpan.FromMinutes(TriggerIntervalMinutes));
            // The sync trigger's runs; the recently played trigger's, which find no plays here, count with the idle day.
            var runs = scheduler.History.Where(execution => execution.Function == SyncHandler).Select(execution => execution.Result).OfType<ExecutionResult>().ToList();
            if (runs.Count > 0 && Phase(runs[^1]) == "done") return runs;
            var elapsed = cloud.Clock.GetUtcNow() - started;
            if (elapsed > FullSyncLimit) throw new InvalidOperationException($"The full sync had not finished after {elapsed.TotalHours:F0} simulated hours; last run: {(runs.Count > 0 ? runs[^1] : "none")}.");
            if (runs.Count >= reported + 6)
            {
                reported = runs.Count;
                say($"  {runs.Count} executions, {runs.Sum(Created):N0} pages created, {elapsed.TotalMinutes:F0} simulated minutes");
            }
        }
    }

    private static string? Phase(ExecutionResult run) => run.Return?["fullSync"]?["phase"]?.GetValue<string>();

    /// <summary>Pages an execution created: the new likes' and the full sync's it carried on.</summary>
    private static int Created(ExecutionResult run) =>
        (run.Return?["tracks"]?["created"]?.GetValue<int>() ?? 0) + (run.Return?["fullSync"]?["tracks"]?["created"]?.GetValue<int>() ?? 0);
}

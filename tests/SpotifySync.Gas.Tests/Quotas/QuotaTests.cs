using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Quotas;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Triggers;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using Xunit;

namespace SpotifySync.Gas.Tests.Quotas;

/// <summary>What the sync costs of Apps Script's quotas: UrlFetch calls and trigger minutes, at idle, through a large first sync, and with the daily UrlFetch quota spent.</summary>
public sealed class QuotaTests
{
    private const string TokenEndpoint = "POST /api/token";

    [Fact]
    public async Task ADayOfIdleTriggerRunsMakesOneCallARunNoNotionCallAndATokenRefreshAtMostHourly()
    {
        await using var world = await SyncWorld.StartAsync(seed: 11, new LibrarySpec { Tracks = 60, LikedTracks = 30, Plays = 0 });
        world.Run("initializeSpotifySync");
        world.Run("fullSync");
        world.Run("setupTimeTrigger");
        var notionCalls = world.Cloud.Notion.Traffic.Count();
        var refreshes = world.Cloud.Spotify.Traffic.Count(TokenEndpoint);

        var runs = Results(new TriggerScheduler(world.Cloud.Environment, world.Project).RunFor(TimeSpan.FromDays(1)));

        // The 5-minute sync trigger and the 30-minute recently played trigger.
        Assert.Equal(288, runs.Count(run => run.Function == "syncSpotifyToNotion"));
        Assert.Equal(48, runs.Count(run => run.Function == "syncRecentlyPlayed"));
        Assert.All(runs, run => Assert.Equal("done", run.Return!["status"]!.GetValue<string>()));
        Assert.Equal(notionCalls, world.Cloud.Notion.Traffic.Count());
        var refreshTimes = world.Cloud.Spotify.Traffic.Entries.Where(entry => entry.Endpoint == TokenEndpoint).Skip(refreshes).Select(entry => entry.At).ToList();
        var dayRefreshes = refreshTimes.Count;
        // An access token lives an hour and is renewed a minute before a request would outlive it: with 5-minute
        // triggers that is one refresh an hour, as docs/architecture.md allows an idle day.
        Assert.Equal(24, dayRefreshes);
        Assert.All(refreshTimes.Zip(refreshTimes.Skip(1), (earlier, later) => later - earlier), gap => Assert.True(gap >= TimeSpan.FromMinutes(60), $"a refresh {gap} after the previous one"));
        Assert.Equal(runs.Count - dayRefreshes, runs.Count(run => run.UrlFetchCount == 1));
        Assert.All(runs, run => Assert.InRange(run.UrlFetchCount, 1, 2));
        Assert.Equal(runs.Count + dayRefreshes, runs.Sum(run => run.UrlFetchCount));
    }

    [Fact]
    public async Task AThousandTrackFirstSyncStopsInsideTheBudgetResumesWithoutADuplicateAndItsDayStaysWellInsideTheDailyQuotas()
    {
        await using var world = await SyncWorld.StartAsync(seed: 12, new LibrarySpec { Tracks = 1_200, LikedTracks = 1_000, Plays = 0 });
        world.Cloud.Spotify.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.LogNormal(TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(400)));
        world.Cloud.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.LogNormal(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(700)));
        world.Run("initializeSpotifySync");
        world.Run("setupTimeTrigger");
        var scheduler = new TriggerScheduler(world.Cloud.Environment, world.Project);
        var installed = world.Cloud.Clock.GetUtcNow();

        // Up to just before the second firing: the first run starts at 5 minutes and must be over within its budget.
        var first = Results(scheduler.RunUntil(installed.AddMinutes(10).AddSeconds(-1))).Single();
        var afterFirst = world.Audit();
        var runs = Results(scheduler.RunUntil(installed.AddDays(1).AddMinutes(4))).Prepend(first).ToList();

        Assert.Equal("stopped", first.Return!["status"]!.GetValue<string>());
        Assert.True(first.Duration <= TimeSpan.FromSeconds(270), $"the first run took {first.Duration}, past the 270 s budget");
        Assert.InRange(afterFirst.Pages, 1, 999);
        Assert.Empty(WatermarkAudit.SkippedLikes(world));
        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated {string.Join(", ", audit.Duplicated)}; missing {string.Join(", ", audit.Missing)}");
        Assert.Equal(1_000, audit.Pages);
        Assert.Equal(288, runs.Count(run => run.Function == "syncSpotifyToNotion"));
        Assert.All(runs, run => Assert.True(run.Succeeded, run.ToString()));
        var working = runs.Where(run => run.Function == "syncSpotifyToNotion").TakeWhile(run => run.Return!["status"]!.GetValue<string>() == "stopped").Count();
        Assert.InRange(working, 1, 4);
        var urlFetchCalls = runs.Sum(run => run.UrlFetchCount);
        var triggerMinutes = runs.Sum(run => run.Duration.TotalMinutes);
        // Measured for this seed: 1,352 calls and 7.6 minutes. Asserted: at most a tenth of the 20,000 calls and a sixth of the 90 minutes.
        Assert.InRange(urlFetchCalls, 1_000, 2_000);
        Assert.InRange(triggerMinutes, 4.5, 15);
        Assert.True(runs.Max(run => run.Duration) < TimeSpan.FromMinutes(5), "a run reached the next trigger");
    }

    [Fact]
    public async Task WhenTheDailyUrlFetchQuotaIsSpentRunsFailCleanlyAndTheNextDayResumesWithNothingLost()
    {
        await using var world = await SyncWorld.StartAsync(new SimulatedCloudOptions
        {
            Seed = 13,
            Library = new LibrarySpec { Tracks = 200, LikedTracks = 150, Plays = 0 },
            Limits = PlatformLimits.Consumer with { UrlFetchCallsPerDay = 100 },
        });
        world.Run("initializeSpotifySync", new JsonObject { ["triggerIntervalMinutes"] = 15 });
        world.Run("setupTimeTrigger");
        var scheduler = new TriggerScheduler(world.Cloud.Environment, world.Project);
        var quota = world.Cloud.Environment.Quotas.UrlFetchCalls;

        var firstDay = Results(scheduler.RunFor(TimeSpan.FromHours(23)));
        var spentDay = world.Audit();
        Assert.Empty(WatermarkAudit.SkippedLikes(world));
        var nextDay = Results(scheduler.RunFor(TimeSpan.FromHours(25)));

        Assert.Equal(100, quota.Limit);
        Assert.All(firstDay.Concat(nextDay), run => Assert.True(run.Succeeded, run.ToString()));
        var refused = firstDay.Where(run => run.Return!["status"]!.GetValue<string>() == "failed").ToList();
        Assert.NotEmpty(refused);
        Assert.All(refused, run => Assert.Contains("Service invoked too many times for one day: urlfetch.", run.Return!["error"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.All(refused.Skip(1), run => Assert.True(run.UrlFetchCount == 0, $"a run after the quota was spent made {run.UrlFetchCount} call(s)"));
        Assert.True(spentDay.Duplicated.Count == 0, $"duplicated after the spent day: {string.Join(", ", spentDay.Duplicated)}");
        Assert.InRange(spentDay.Pages, 1, 149);
        Assert.Empty(WatermarkAudit.SkippedLikes(world));
        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated {string.Join(", ", audit.Duplicated)}; missing {string.Join(", ", audit.Missing)}");
        Assert.Equal(150, audit.Pages);
        Assert.Equal("done", nextDay.Last().Return!["status"]!.GetValue<string>());
    }

    private static List<ExecutionResult> Results(IEnumerable<ScriptExecution> executions) =>
        executions.Select(execution => execution.Result ?? throw new InvalidOperationException($"{execution} has not ended")).ToList();
}

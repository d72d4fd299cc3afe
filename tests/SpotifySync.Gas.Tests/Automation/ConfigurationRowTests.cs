using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Triggers;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Gas.Tests.Automation;

/// <summary>
/// The Notion configuration data source (CONFIG_DB_ID) under the emulator: the emitted bundle creates the script's
/// row, reads it through CacheService at most every 15 minutes, writes it only when something changed, and its
/// trigger runs follow Sync Enabled and Sync Mode.
/// </summary>
public sealed class ConfigurationRowTests
{
    private static readonly LibrarySpec Library = new() { Tracks = 90, LikedTracks = 40, Plays = 0 };

    [Fact]
    public async Task InitializeAddsTheConfigurationPropertiesAndCreatesTheRowOnceAndTheTriggerStateFollows()
    {
        await using var world = await SyncWorld.StartAsync(seed: 51, Library);
        var config = world.CreateConfigurationDatabase();

        var first = world.Run("initializeSpotifySync").Return!["configuration"]!;
        var second = world.Run("initializeSpotifySync").Return!["configuration"]!;
        var before = world.ConfigurationRow(config).Checkbox("GAS Trigger Active");
        world.Run("setupTimeTrigger");
        var afterSetup = world.ConfigurationRow(config).Checkbox("GAS Trigger Active");
        world.Run("removeTimeTrigger");

        Assert.True(first["rowCreated"]!.GetValue<bool>());
        var added = first["propertiesAdded"]!.AsArray().Select(name => name!.GetValue<string>()).ToList();
        Assert.Equal(11, added.Count);
        Assert.Contains("Lease Holder", added);
        Assert.Contains("Lease Until", added);
        Assert.False(second["rowCreated"]!.GetValue<bool>());
        Assert.Empty(second["propertiesAdded"]!.AsArray());
        Assert.Equal(first["rowId"]!.GetValue<string>(), second["rowId"]!.GetValue<string>());
        var row = world.ConfigurationRow(config);
        Assert.Equal(first["rowId"]!.GetValue<string>(), row.Id);
        Assert.Equal("GAS", row.Select("Trigger Type"));
        Assert.True(row.Checkbox("Sync Enabled"));
        Assert.Equal("incremental", row.Select("Sync Mode"));
        Assert.Equal(5, row.Number("Sync Interval"));
        Assert.False(before);
        Assert.True(afterSetup);
        Assert.False(row.Checkbox("GAS Trigger Active"));
    }

    [Fact]
    public async Task OverASimulatedHourOfTriggerRunsTheRowIsReadAtMostEvery15MinutesAndIdleRunsWriteNothing()
    {
        await using var world = await SyncWorld.StartAsync(seed: 52, Library);
        var config = world.CreateConfigurationDatabase();
        var scheduler = Triggered(world);
        var lastSync = world.ConfigurationRow(config).Date("Last Sync");
        var rowId = world.ConfigurationRow(config).Id;
        var notion = world.Cloud.Notion.Traffic;
        var start = notion.Entries.Count;
        var refreshesBefore = world.Cloud.Spotify.Traffic.Count("POST /api/token");

        var runs = scheduler.RunFor(TimeSpan.FromMinutes(60)).Where(run => run.IsComplete).ToList();

        Assert.NotNull(lastSync);
        Assert.Equal(12, runs.Count(run => run.Function == "syncSpotifyToNotion"));
        Assert.Equal(2, runs.Count(run => run.Function == "syncRecentlyPlayed"));
        Assert.All(runs, run => Assert.Equal("done", run.Result!.Return!["status"]!.GetValue<string>()));
        var hour = notion.Entries.Skip(start).ToList();
        var reads = hour.Where(e => e.Method == "POST" && e.Path.Contains(config.DataSourceId)).Select(e => e.At).ToList();
        Assert.Equal(4, reads.Count);
        Assert.All(reads.Zip(reads.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMinutes(15), $"{pair.First} then {pair.Second}"));
        Assert.Equal(reads.Count, hour.Count);
        Assert.DoesNotContain(hour, e => e.Path.Contains(rowId));
        // Each run reads Spotify once; besides that only the row reads and the hourly token refresh call out.
        var refreshes = world.Cloud.Spotify.Traffic.Count("POST /api/token") - refreshesBefore;
        Assert.Equal(1, refreshes);
        Assert.Equal(runs.Count + reads.Count + refreshes, runs.Sum(run => run.Result!.UrlFetchCount));
        Assert.Equal(lastSync, world.ConfigurationRow(config).Date("Last Sync"));
    }

    [Fact]
    public async Task ANewSyncIntervalInTheRowMovesTheTriggerThatThenFiresAtIt()
    {
        await using var world = await SyncWorld.StartAsync(seed: 54, Library);
        var config = world.CreateConfigurationDatabase();
        var scheduler = Triggered(world);
        world.Cloud.Notion.Workspace.EditAsPerson(world.ConfigurationRow(config).Id, "Sync Interval", 15);

        var runs = scheduler.RunFor(TimeSpan.FromMinutes(90)).Where(run => run.IsComplete).ToList();

        var trigger = Assert.Single(world.Cloud.Environment.Triggers.All, t => t.HandlerFunction == "syncSpotifyToNotion");
        Assert.Equal(TimeSpan.FromMinutes(15), trigger.Schedule.Interval);
        runs = runs.Where(run => run.Function == "syncSpotifyToNotion").ToList();
        var moving = runs.FindIndex(run => run.Result!.Logs.Any(log => log.Message.Contains("the trigger moved from every 5 min to every 15 min")));
        Assert.InRange(moving, 0, 3);
        var after = runs.Skip(moving + 1).Select(run => run.Start!.Value).ToList();
        Assert.True(after.Count >= 4);
        Assert.All(after.Zip(after.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(15), pair.Second - pair.First));
        Assert.All(runs, run => Assert.Equal("done", run.Result!.Return!["status"]!.GetValue<string>()));
        var status = world.Run("getTriggerStatus").Return!;
        Assert.Equal(15, status["intervalMinutes"]!.GetValue<int>());
        Assert.Equal(15, world.ConfigurationRow(config).Number("Sync Interval"));
    }

    [Theory]
    [InlineData("Sync Enabled", false, "Sync Enabled is unchecked")]
    [InlineData("Sync Mode", "manual", "Sync Mode is manual")]
    public async Task ADisabledOrManualRowMakesTriggerRunsSkipWithoutASpotifyCall(string property, object value, string reason)
    {
        await using var world = await SyncWorld.StartAsync(seed: 53, Library);
        var config = world.CreateConfigurationDatabase();
        world.Run("initializeSpotifySync");
        world.Cloud.Notion.Workspace.EditAsPerson(world.ConfigurationRow(config).Id, property, value);
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(15));
        world.Run("setupTimeTrigger");
        var spotifyCalls = world.Cloud.Spotify.Traffic.Count();

        var runs = new TriggerScheduler(world.Cloud.Environment, world.Project).RunFor(TimeSpan.FromMinutes(32));
        var byHand = world.Run("syncSpotifyToNotion");

        // Six runs of the 5-minute sync trigger and one of the 30-minute recently played trigger.
        Assert.Equal(7, runs.Count);
        Assert.All(runs, run =>
        {
            Assert.Equal("skipped", run.Result!.Return!["status"]!.GetValue<string>());
            Assert.Contains(run.Result.Logs, log => log.Message.StartsWith($"{run.Function}: skipped, ", StringComparison.Ordinal) && log.Message.Contains(reason, StringComparison.Ordinal));
        });
        Assert.Equal(0, world.Cloud.Spotify.Traffic.Entries.Count(e => e.At < byHand.Start) - spotifyCalls);
        Assert.Equal("done", byHand.Return!["status"]!.GetValue<string>());
        Assert.True(world.Audit().ExactlyOnce);
    }

    [Fact]
    public async Task FullModeMakesTheTriggerRunCarryTheFullSyncOn()
    {
        await using var world = await SyncWorld.StartAsync(seed: 54, Library);
        var config = world.CreateConfigurationDatabase();
        world.Run("initializeSpotifySync");
        world.Run("syncSpotifyToNotion");
        world.Cloud.Notion.Workspace.EditAsPerson(world.ConfigurationRow(config).Id, "Sync Mode", "full");
        var page = world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId)[0];
        world.Cloud.Notion.Workspace.EditAsPerson(page.Id, "In Library", false);
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(15));
        world.Run("setupTimeTrigger");

        var run = new TriggerScheduler(world.Cloud.Environment, world.Project).RunFor(TimeSpan.FromMinutes(9)).Single();

        var full = run.Result!.Return!["fullSync"]!;
        Assert.True(full["started"]!.GetValue<bool>());
        Assert.Equal("done", full["phase"]!.GetValue<string>());
        Assert.Equal(1, full["tracks"]!["updated"]!.GetValue<int>());
        Assert.True(world.Cloud.Notion.Workspace.Page(page.Id).Checkbox("In Library"));
    }

    [Fact]
    public async Task FailedTriggerRunsCountUpErrorCountAndASuccessResetsIt()
    {
        await using var world = await SyncWorld.StartAsync(seed: 55, Library);
        var config = world.CreateConfigurationDatabase();
        world.Run("initializeSpotifySync");
        world.Run("syncSpotifyToNotion");
        world.Run("setupTimeTrigger");
        var scheduler = new TriggerScheduler(world.Cloud.Environment, world.Project);
        world.Cloud.Spotify.Faults.Next("GET /v1/me/tracks", new Fault(FaultKind.InternalError), times: 100);

        // Each window ends a few minutes after its last trigger time, so that run is over when the window is.
        var failed = scheduler.RunFor(TimeSpan.FromMinutes(17));
        var failing = world.ConfigurationRow(config);
        world.Cloud.Spotify.Faults.ClearFaults();
        var recovered = scheduler.RunFor(TimeSpan.FromMinutes(5)).Single();

        Assert.Equal(3, failed.Count);
        Assert.All(failed, run => Assert.Equal("failed", run.Result!.Return!["status"]!.GetValue<string>()));
        Assert.Equal(3, failing.Number("Error Count"));
        Assert.Contains("500", failing.Text("Last Error"), StringComparison.Ordinal);
        Assert.Equal("done", recovered.Result!.Return!["status"]!.GetValue<string>());
        var row = world.ConfigurationRow(config);
        Assert.Equal(0, row.Number("Error Count"));
        Assert.Equal("", row.Text("Last Error"));
        Assert.StartsWith(recovered.Start!.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm"), row.Date("Last Sync")!.Start, StringComparison.Ordinal);
    }

    /// <summary>Initialized, the trigger installed, and ten minutes of its runs behind: the row exists and is cached.</summary>
    private static TriggerScheduler Triggered(SyncWorld world)
    {
        world.Run("initializeSpotifySync");
        world.Run("setupTimeTrigger");
        var scheduler = new TriggerScheduler(world.Cloud.Environment, world.Project);
        scheduler.RunFor(TimeSpan.FromMinutes(10));
        return scheduler;
    }

}

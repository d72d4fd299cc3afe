using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Automation;

/// <summary>The script's runs (the sync trigger's and those started by hand) under its row of the Notion configuration data source (CONFIG_DB_ID).</summary>
public sealed class AutomatedSyncTests
{
    private static readonly LibrarySpec Library = new() { Tracks = 80, LikedTracks = 30, Plays = 0, LocalFiles = 0 };

    [Fact]
    public async Task Initialization_adds_the_missing_properties_and_creates_the_row_once()
    {
        await using var sandbox = await SyncSandbox.StartAsync(41, Library);
        var config = ConfigurationDatabase.Create(sandbox);

        var first = config.Prepare();
        var second = config.Prepare();

        Assert.True(first.RowCreated);
        Assert.False(second.RowCreated);
        Assert.Equal(first.RowId, second.RowId);
        Assert.Equal(["Trigger Type", "Sync Enabled", "Sync Interval", "Sync Mode", "Last Sync", "Error Count", "Last Error", "GAS Trigger Active", "Cron Active", "Lease Holder", "Lease Until"], first.PropertiesAdded);
        Assert.Empty(second.PropertiesAdded);
        var row = config.Row();
        Assert.Equal(AutomationRowStore.DefaultName, row.Text("Name"));
        Assert.Equal("GAS", row.Select("Trigger Type"));
        Assert.True(row.Checkbox("Sync Enabled"));
        Assert.Equal(5, row.Number("Sync Interval"));
        Assert.Equal("incremental", row.Select("Sync Mode"));
        Assert.Equal(0, row.Number("Error Count"));
        Assert.True(row.Checkbox("GAS Trigger Active"));
        Assert.Null(row.Date("Last Sync"));
    }

    [Fact]
    public async Task Over_a_simulated_hour_the_row_is_read_at_most_every_15_minutes_and_idle_runs_write_nothing()
    {
        await using var sandbox = await SyncSandbox.StartAsync(42, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        var first = config.Run();
        var lastSync = config.Row().Date("Last Sync");
        var readTimes = new List<DateTimeOffset>();
        var notionCallsOfCachedRuns = new List<int>();
        var readsBefore = config.Reads();
        var writesBefore = config.Writes();

        for (var run = 0; run < 12; run++)
        {
            sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
            var reads = config.Reads();
            var notionCalls = sandbox.Notion.Traffic.Count();
            var result = config.Run();
            Assert.Equal(RunStatuses.Done, result.Status);
            if (config.Reads() > reads) readTimes.Add(sandbox.Clock.GetUtcNow());
            else notionCallsOfCachedRuns.Add(sandbox.Notion.Traffic.Count() - notionCalls);
        }

        Assert.Equal(30, first.FullSync!.Tracks.Created);
        Assert.NotNull(lastSync);
        Assert.Equal(4, config.Reads() - readsBefore);
        Assert.All(readTimes.Zip(readTimes.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMinutes(15), $"{pair.First} then {pair.Second}"));
        Assert.Equal(8, notionCallsOfCachedRuns.Count);
        Assert.All(notionCallsOfCachedRuns, calls => Assert.Equal(0, calls));
        Assert.Equal(writesBefore, config.Writes());
        Assert.Equal(lastSync, config.Row().Date("Last Sync"));
    }

    [Fact]
    public async Task A_run_that_adds_a_like_writes_Last_Sync_once()
    {
        await using var sandbox = await SyncSandbox.StartAsync(43, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        var library = sandbox.Spotify.Library;
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        library.Like(library.Tracks.First(t => t.Id is not null && !library.IsLiked(t)), sandbox.Clock.GetUtcNow());
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        var writes = config.Writes();

        var result = config.Run();

        Assert.Equal(1, result.NewLikes);
        // The library lease taken and freed around the page's creation, then Last Sync.
        Assert.Equal(writes + 3, config.Writes());
        Assert.StartsWith(sandbox.Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm"), config.Row().Date("Last Sync")!.Start);
    }

    [Theory]
    [InlineData("Sync Enabled", false, "Sync Enabled is unchecked")]
    [InlineData("Sync Mode", "manual", "Sync Mode is manual")]
    public async Task A_disabled_or_manual_row_makes_trigger_runs_skip_without_a_spotify_call_but_runs_by_hand_sync(string property, object value, string reason)
    {
        await using var sandbox = await SyncSandbox.StartAsync(44, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        sandbox.Notion.Workspace.EditAsPerson(config.Row().Id, property, value);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(AutomationRowStore.ReadIntervalMinutes));

        var skipped = config.Run();
        var spotifyCalls = sandbox.Spotify.Traffic.Count();
        var byHand = config.Run(byTrigger: false);

        Assert.Equal(RunStatuses.Skipped, skipped.Status);
        Assert.Contains(reason, skipped.Error);
        Assert.Equal(0, spotifyCalls);
        Assert.Contains(sandbox.Log.Lines, line => line.StartsWith("syncSpotifyToNotion: skipped, ", StringComparison.Ordinal) && line.Contains(reason));
        Assert.Equal(RunStatuses.Done, byHand.Status);
        Assert.Equal(30, sandbox.Pages().Count);
    }

    [Fact]
    public async Task Full_mode_makes_every_trigger_run_carry_the_full_sync_on()
    {
        await using var sandbox = await SyncSandbox.StartAsync(45, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        sandbox.Notion.Workspace.EditAsPerson(config.Row().Id, "Sync Mode", "full");
        sandbox.Clock.Advance(TimeSpan.FromMinutes(AutomationRowStore.ReadIntervalMinutes));
        var page = sandbox.Pages()[0];
        sandbox.Notion.Workspace.EditAsPerson(page.Id, "In Library", false);

        var full = config.Run();

        Assert.NotNull(full.FullSync);
        Assert.True(full.FullSync!.Started);
        Assert.Equal("done", full.FullSync.Phase);
        Assert.Equal(1, full.FullSync.Tracks.Updated);
        Assert.True(sandbox.Notion.Workspace.Page(page.Id).Checkbox("In Library"));
        Assert.StartsWith("fullSync: done", full.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_Sync_Interval_in_the_row_moves_the_trigger_once_and_becomes_the_setting()
    {
        await using var sandbox = await SyncSandbox.StartAsync(47, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        sandbox.Notion.Workspace.EditAsPerson(config.Row().Id, "Sync Interval", 15);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(AutomationRowStore.ReadIntervalMinutes));
        var writes = config.Writes();

        var moved = config.Run();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(AutomationRowStore.ReadIntervalMinutes));
        config.Run(byTrigger: false);
        config.Run();

        Assert.Equal(RunStatuses.Done, moved.Status);
        Assert.Equal(new[] { 15 }, config.TriggerMoves);
        Assert.Equal(15, sandbox.Execution().Options.TriggerIntervalMinutes);
        Assert.Contains(sandbox.Log.Lines, line => line.Contains("the trigger moved from every 5 min to every 15 min"));
        Assert.Equal(writes, config.Writes());
    }

    [Fact]
    public async Task A_Sync_Interval_apps_script_cannot_run_stays_in_Last_Error_without_counting_until_it_is_mended()
    {
        await using var sandbox = await SyncSandbox.StartAsync(48, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        sandbox.Notion.Workspace.EditAsPerson(config.Row().Id, "Sync Interval", 7);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(AutomationRowStore.ReadIntervalMinutes));

        var first = config.Run();
        var problem = config.Row();
        var writes = config.Writes();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(AutomationRowStore.ReadIntervalMinutes));
        config.Run();
        var unchanged = config.Writes();
        sandbox.Notion.Workspace.EditAsPerson(config.Row().Id, "Sync Interval", 5);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(AutomationRowStore.ReadIntervalMinutes));
        config.Run();

        Assert.Equal(RunStatuses.Done, first.Status);
        Assert.Empty(config.TriggerMoves);
        Assert.Equal(5, sandbox.Execution().Options.TriggerIntervalMinutes);
        Assert.Contains("Sync Interval 7", problem.Text("Last Error"));
        Assert.Contains("stays at every 5 min", problem.Text("Last Error"));
        Assert.Equal(0, problem.Number("Error Count"));
        Assert.Equal(writes, unchanged);
        Assert.Equal("", config.Row().Text("Last Error"));
    }

    [Fact]
    public async Task Failed_runs_count_up_Error_Count_with_the_last_error_and_a_success_resets_them()
    {
        await using var sandbox = await SyncSandbox.StartAsync(46, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        sandbox.Spotify.Faults.Next("GET /v1/me/tracks", new Fault(FaultKind.InternalError), times: 100);

        var failures = new List<string>();
        for (var run = 0; run < 3; run++)
        {
            sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
            failures.Add(config.Run().Status);
        }
        var failing = config.Row();
        sandbox.Spotify.Faults.ClearFaults();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var recovered = config.Run();

        Assert.All(failures, status => Assert.Equal(RunStatuses.Failed, status));
        Assert.Equal(3, failing.Number("Error Count"));
        Assert.Contains("failed", failing.Text("Last Error"));
        Assert.Contains("500", failing.Text("Last Error"));
        Assert.Equal(RunStatuses.Done, recovered.Status);
        var row = config.Row();
        Assert.Equal(0, row.Number("Error Count"));
        Assert.Equal("", row.Text("Last Error"));
        Assert.StartsWith(sandbox.Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm"), row.Date("Last Sync")!.Start);
    }

    [Fact]
    public async Task The_full_recently_played_and_playlist_syncs_run_by_hand_keep_their_outcome_in_the_row()
    {
        await using var sandbox = await SyncSandbox.StartAsync(49, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        var library = sandbox.Spotify.Library;
        var playlist = library.Playlists.First(p => p.Owner.Id == library.User.Id);

        var full = config.Automation().FullSync();
        var fullEnd = sandbox.Clock.GetUtcNow();
        var afterFull = config.Row();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        sandbox.Spotify.Faults.Next("GET /v1/me/player/recently-played", new Fault(FaultKind.InternalError), times: 100);
        var played = config.Automation().RecentlyPlayed(false);
        var afterFailure = config.Row();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var listed = config.Automation().Playlist(playlist.Id);

        Assert.Equal(RunStatuses.Done, full.Status);
        Assert.StartsWith(fullEnd.ToString("yyyy-MM-ddTHH:mm"), afterFull.Date("Last Sync")!.Start);
        Assert.Equal(RunStatuses.Failed, played.Status);
        Assert.Equal(1, afterFailure.Number("Error Count"));
        Assert.Contains("failed", afterFailure.Text("Last Error"));
        Assert.Equal(RunStatuses.Done, listed.Status);
        Assert.True(listed.Tracks.Created + listed.Tracks.Updated > 0);
        var row = config.Row();
        Assert.Equal(0, row.Number("Error Count"));
        Assert.Equal("", row.Text("Last Error"));
        Assert.StartsWith(sandbox.Clock.GetUtcNow().ToString("yyyy-MM-ddTHH:mm"), row.Date("Last Sync")!.Start);
    }

    [Fact]
    public async Task Without_CONFIG_DB_ID_there_is_no_row_and_the_run_is_the_incremental_sync()
    {
        await using var sandbox = await SyncSandbox.StartAsync(47, Library);

        var services = sandbox.Execution();
        var result = new AutomatedSync(services, () => throw new InvalidOperationException("the trigger state is not asked without a row")).Run(true, _ => throw new InvalidOperationException("the trigger is not moved without a row"));

        Assert.Null(services.AutomationRows());
        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.Equal(30, sandbox.Pages().Count);
    }
}

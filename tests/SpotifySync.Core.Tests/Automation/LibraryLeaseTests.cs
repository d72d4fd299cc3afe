using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Automation;

/// <summary>The library lease in the script's configuration row: one side writes the library at a time.</summary>
public sealed class LibraryLeaseTests
{
    private const string Companion = "the companion 'Companion'";

    private static readonly LibrarySpec Library = new() { Tracks = 60, LikedTracks = 20, Plays = 0, LocalFiles = 0 };

    [Fact]
    public async Task A_run_that_finds_the_other_side_holding_the_lease_writes_nothing_until_it_expires()
    {
        await using var sandbox = await SyncSandbox.StartAsync(91, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        var watermark = sandbox.Store.Get(SpotifySync.Core.State.StateKeys.SavedTracksWatermark);
        LikeOne(sandbox);
        HoldAs(sandbox, config, Companion, sandbox.Clock.GetUtcNow().AddMinutes(LibraryLease.Minutes));
        var pages = sandbox.Pages().Count;

        var refused = config.Run();
        var (pagesAfterRefusal, watermarkAfterRefusal) = (sandbox.Pages().Count, sandbox.Store.Get(SpotifySync.Core.State.StateKeys.SavedTracksWatermark));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(LibraryLease.Minutes + 1));
        var after = config.Run();

        Assert.Equal(RunStatuses.Skipped, refused.Status);
        Assert.StartsWith($"{Companion} is syncing the library", refused.Error);
        Assert.Equal((pages, watermark), (pagesAfterRefusal, watermarkAfterRefusal));
        Assert.Equal(RunStatuses.Done, after.Status);
        Assert.Equal(1, after.NewLikes);
        Assert.Equal(pages + 1, sandbox.Pages().Count);
        // Taken by the script for its write, then freed when the run ended.
        Assert.Equal("", config.Row().Text("Lease Holder"));
    }

    [Fact]
    public async Task A_lease_left_by_a_killed_run_of_the_same_side_is_taken_over_at_once()
    {
        await using var sandbox = await SyncSandbox.StartAsync(92, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        LikeOne(sandbox);
        HoldAs(sandbox, config, SyncSandbox.Side, sandbox.Clock.GetUtcNow().AddMinutes(LibraryLease.Minutes));

        var result = config.Run();

        Assert.Equal((RunStatuses.Done, 1), (result.Status, result.NewLikes));
        Assert.Equal("", config.Row().Text("Lease Holder"));
    }

    [Fact]
    public async Task An_idle_run_takes_no_lease()
    {
        await using var sandbox = await SyncSandbox.StartAsync(93, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var writes = config.Writes();

        var result = config.Run();

        Assert.Equal((RunStatuses.Done, 0), (result.Status, result.NewLikes));
        Assert.Equal(writes, config.Writes());
    }

    [Fact]
    public async Task A_configuration_data_source_made_before_the_lease_gets_its_properties_when_first_needed()
    {
        await using var sandbox = await SyncSandbox.StartAsync(94, Library);
        var config = ConfigurationDatabase.Create(sandbox);
        config.Prepare();
        config.Run();
        sandbox.Notion.Workspace.RenameProperty(config.Ids.DataSourceId, "Lease Holder", "Old lease");
        sandbox.Notion.Workspace.RenameProperty(config.Ids.DataSourceId, "Lease Until", "Old lease end");
        LikeOne(sandbox);

        var result = config.Run();

        Assert.Equal((RunStatuses.Done, 1), (result.Status, result.NewLikes));
        Assert.Contains("Lease Holder", sandbox.Notion.Workspace.PropertyTypes(config.Ids.DataSourceId).Keys);
        Assert.Equal("", config.Row().Text("Lease Holder"));
    }

    private static void LikeOne(SyncSandbox sandbox)
    {
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var library = sandbox.Spotify.Library;
        library.Like(library.Tracks.First(t => t.Id is not null && !library.IsLiked(t)), sandbox.Clock.GetUtcNow());
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
    }

    private static void HoldAs(SyncSandbox sandbox, ConfigurationDatabase config, string holder, DateTimeOffset until)
    {
        sandbox.Notion.Workspace.EditAsPerson(config.Row().Id, "Lease Holder", holder);
        sandbox.Notion.Workspace.EditAsPerson(config.Row().Id, "Lease Until", new NotionDate(until.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ")));
    }
}

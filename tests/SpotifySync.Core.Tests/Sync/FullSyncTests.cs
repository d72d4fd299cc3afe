using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sync;

/// <summary>The resumable full sync: the walk of the liked songs and the sweep of the pages of unliked ones.</summary>
public sealed class FullSyncTests
{
    [Fact]
    public async Task A_few_hundred_tracks_sync_across_executions_with_at_most_1_05_calls_per_created_page()
    {
        var settings = new SyncSettings { TimeBudgetSeconds = 60 };
        await using var sandbox = await SyncSandbox.StartAsync(11, new LibrarySpec { Tracks = 500, LikedTracks = 400, LocalFiles = 0 }, settings);
        var executions = 0;
        FullSyncResult? last = null;
        do
        {
            last = new FullSync(sandbox.Execution()).Run();
            executions++;
            sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        }
        while (last.Status == RunStatuses.Stopped && executions < 20);

        Assert.Equal(RunStatuses.Done, last.Status);
        Assert.Equal("done", last.Phase);
        Assert.True(executions >= 3, $"{executions} execution(s): the budget should have split the sync.");
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(sandbox.LikedIds().OrderBy(id => id), pages.Keys.OrderBy(id => id));
        Assert.All(pages.Values, page => Assert.True(page.Checkbox("In Library")));
        var callsPerPage = (double)sandbox.Calls() / pages.Count;
        Assert.True(callsPerPage <= 1.05, $"{sandbox.Calls()} calls for {pages.Count} pages: {callsPerPage:F3} per page.");
        // Where the full sync stood went to the progress port whenever it was saved: begun, after each batch, done.
        Assert.All(sandbox.Progress.Lines, line => Assert.Equal(FullSync.Operation, line.Operation));
        Assert.Equal(1 + 400 / 50 + 1, sandbox.Progress.Lines.Count);
        Assert.Equal("walk, starting from the newest liked track; 0 created, 0 updated", sandbox.Progress.Lines[0].Line);
        Assert.Equal("walk, 50 of 400 liked tracks; 50 created, 0 updated", sandbox.Progress.Lines[1].Line);
        Assert.Equal("sweep, merging duplicate pages and unchecking tracks no longer liked; 400 created, 0 updated", sandbox.Progress.Lines[^2].Line);
        Assert.Equal("done; 400 created, 0 updated", sandbox.Progress.Lines[^1].Line);
    }

    [Fact]
    public async Task Likes_and_unlikes_during_the_walk_never_make_it_skip_or_keep_a_track()
    {
        var settings = new SyncSettings { TimeBudgetSeconds = 30 };
        await using var sandbox = await SyncSandbox.StartAsync(13, new LibrarySpec { Tracks = 300, LikedTracks = 200, LocalFiles = 0 }, settings);
        var library = sandbox.Spotify.Library;
        var first = new SavedTracksSync(sandbox.Execution()).Run();
        Assert.Equal(RunStatuses.Stopped, first.Status);
        var walked = library.SavedTracksAt(sandbox.Clock.GetUtcNow()).Take(first.FullSync!.Offset).Select(s => s.Track).ToList();
        var liked = library.ScheduleLikes(3, sandbox.Clock.GetUtcNow(), TimeSpan.FromSeconds(30));
        var unliked = walked.Take(7).ToList();
        foreach (var track in unliked) library.Unlike(track);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));

        SavedTracksResult result;
        var executions = 0;
        do
        {
            result = new SavedTracksSync(sandbox.Execution()).Run();
            sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        }
        while ((result.Status == RunStatuses.Stopped || result.FullSync?.Phase != "done") && ++executions < 20);

        var pages = sandbox.PagesBySpotifyId();
        var likedNow = sandbox.LikedIds();
        Assert.Equal(203, pages.Count);
        Assert.Equal(196, likedNow.Count);
        foreach (var id in likedNow) Assert.True(pages[id].Checkbox("In Library"), $"{id} is liked but its page is not checked.");
        foreach (var track in unliked) Assert.False(pages[track.Id!].Checkbox("In Library"), $"{track.Id} was unliked but stays checked.");
        foreach (var like in liked) Assert.Equal("Saved", pages[like.Track.Id!].Select("Source"));
    }

    [Fact]
    public async Task A_run_that_Notion_stops_midway_says_where_the_walk_stands_in_its_summary()
    {
        var settings = new SyncSettings { TimeBudgetSeconds = 30 };
        await using var sandbox = await SyncSandbox.StartAsync(14, new LibrarySpec { Tracks = 200, LikedTracks = 150, LocalFiles = 0 }, settings);
        var first = new SavedTracksSync(sandbox.Execution()).Run();
        Assert.Equal(RunStatuses.Stopped, first.Status);
        var offset = first.FullSync!.Offset;
        Assert.InRange(offset, 1, 149);
        var overLimit = new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromHours(1));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        sandbox.Notion.Faults.Next("POST /v1/pages", overLimit);

        var carried = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.NotNull(carried.Error);
        Assert.Equal(("walk", offset, 150), (carried.FullSync!.Phase, carried.FullSync.Offset, carried.FullSync.Total));
        Assert.Contains($"; full sync walk at {offset} of 150, 0 created, ", carried.Summary);

        sandbox.Clock.Advance(TimeSpan.FromHours(2));
        sandbox.Notion.Faults.Next("POST /v1/pages", overLimit);
        var full = new FullSync(sandbox.Execution()).Run();

        Assert.NotNull(full.Error);
        Assert.StartsWith($"fullSync: {full.Status} (walk at {offset} of 150), 0 created, ", full.Summary);
    }
}

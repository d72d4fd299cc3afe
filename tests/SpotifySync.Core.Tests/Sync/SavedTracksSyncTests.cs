using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sync;

/// <summary>The incremental sync of liked songs, the 5-minute trigger's work.</summary>
public sealed class SavedTracksSyncTests
{
    private static readonly LibrarySpec Small = new() { Tracks = 120, LikedTracks = 40, Plays = 10, LocalFiles = 0 };

    [Fact]
    public async Task The_first_run_sets_the_watermark_at_the_head_and_the_full_sync_covers_the_backlog()
    {
        await using var sandbox = await SyncSandbox.StartAsync(1, Small);

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.Equal(0, result.NewLikes);
        Assert.NotNull(result.FullSync);
        Assert.Equal("done", result.FullSync!.Phase);
        Assert.Equal(40, result.FullSync.Tracks.Created);
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(sandbox.LikedIds().OrderBy(id => id), pages.Keys.OrderBy(id => id));
        var newest = sandbox.Spotify.Library.SavedTracksAt(sandbox.Clock.GetUtcNow())[0];
        Assert.Equal(newest.AddedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"), result.Watermark);
        Assert.All(pages.Values, page =>
        {
            Assert.Equal("Saved", page.Select("Source"));
            Assert.True(page.Checkbox("In Library"));
            Assert.NotNull(page.Date("Added At"));
        });
    }

    [Fact]
    public async Task An_idle_run_makes_one_spotify_call_no_notion_call_and_writes_nothing()
    {
        await using var sandbox = await SyncSandbox.StartAsync(2, Small);
        new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        sandbox.ClearTraffic();
        var before = sandbox.Store.Values.ToDictionary(pair => pair.Key, pair => pair.Value);

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.Equal(1, sandbox.Spotify.Traffic.Count());
        Assert.Equal(1, sandbox.Spotify.Traffic.Count("GET /v1/me/tracks"));
        Assert.Equal(0, sandbox.Notion.Traffic.Count());
        Assert.Equal(before, sandbox.Store.Values);
        Assert.Equal(40, sandbox.Pages().Count);
        Assert.Contains("syncSpotifyToNotion: done, 0 new like(s)", result.Summary);
    }

    [Fact]
    public async Task New_likes_land_exactly_once_oldest_first_and_move_the_watermark()
    {
        await using var sandbox = await SyncSandbox.StartAsync(3, Small);
        new SavedTracksSync(sandbox.Execution()).Run();
        var likes = sandbox.Spotify.Library.ScheduleLikes(12, sandbox.Clock.GetUtcNow(), TimeSpan.FromMinutes(4));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = new SavedTracksSync(sandbox.Execution()).Run();
        var again = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(12, result.NewLikes);
        Assert.Equal(12, result.Tracks.Created);
        Assert.Equal(0, again.NewLikes);
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(52, pages.Count);
        foreach (var like in likes)
        {
            var page = pages[like.Track.Id!];
            Assert.Equal(like.Track.Name.Length > 2000 ? like.Track.Name[..2000] : like.Track.Name, page.Text("Name"));
            Assert.True(page.Checkbox("In Library"));
            Assert.Equal(like.AddedAt.ToString("yyyy-MM-ddTHH:mm"), page.Date("Added At")!.Start[..16]);
        }
        var created = sandbox.Pages().Skip(40).Select(p => p.Text("Spotify ID")).ToList();
        Assert.Equal(likes.OrderBy(l => l.AddedAt).Select(l => l.Track.Id), created);
        Assert.Equal(likes[0].AddedAt.ToString("yyyy-MM-ddTHH:mm:ssZ"), result.Watermark);
    }

    [Fact]
    public async Task Likes_in_the_same_second_as_the_watermark_are_not_mistaken_for_seen_ones()
    {
        await using var sandbox = await SyncSandbox.StartAsync(4, Small);
        var library = sandbox.Spotify.Library;
        var spare = library.Tracks.Where(t => !t.IsLocal && !library.IsLiked(t)).Take(2).ToArray();
        var second = sandbox.Clock.GetUtcNow().AddSeconds(1);
        library.Like(spare[0], second);
        sandbox.Clock.Advance(TimeSpan.FromSeconds(1.2));
        new SavedTracksSync(sandbox.Execution()).Run();
        library.Like(spare[1], second.AddMilliseconds(500));

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(1, result.NewLikes);
        Assert.Contains(spare[1].Id!, sandbox.PagesBySpotifyId().Keys);
        Assert.Equal(42, sandbox.Pages().Count);
    }

    [Fact]
    public async Task A_run_out_of_budget_stops_between_batches_and_the_next_run_resumes()
    {
        var settings = new SyncSettings { TimeBudgetSeconds = 30, BatchSize = 20 };
        await using var sandbox = await SyncSandbox.StartAsync(5, new LibrarySpec { Tracks = 300, LikedTracks = 5, LocalFiles = 0 }, settings);
        new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Spotify.Library.ScheduleLikes(150, sandbox.Clock.GetUtcNow(), TimeSpan.FromMinutes(4));
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));

        var first = new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = new SavedTracksSync(sandbox.Execution()).Run();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        var third = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Stopped, first.Status);
        Assert.InRange(first.Tracks.Created, 20, 100);
        Assert.Equal(0, first.Tracks.Created % 20);
        Assert.True(first.DurationMs <= 30_000, $"The run took {first.DurationMs} ms of a 30 s budget.");
        Assert.Equal(150 - first.Tracks.Created, second.NewLikes);
        Assert.Equal(150, first.Tracks.Created + second.Tracks.Created + third.Tracks.Created);
        Assert.Equal(RunStatuses.Done, third.Status);
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(sandbox.LikedIds().OrderBy(id => id), pages.Keys.OrderBy(id => id));
    }

    [Fact]
    public async Task An_overlapping_run_exits_at_once()
    {
        await using var sandbox = await SyncSandbox.StartAsync(6, Small);
        sandbox.Lock.Held = true;

        var result = new SavedTracksSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Skipped, result.Status);
        Assert.Equal(0, sandbox.Calls());
        Assert.Empty(sandbox.Pages());
        Assert.Null(sandbox.Store.Get(StateKeys.SavedTracksWatermark));
    }
}

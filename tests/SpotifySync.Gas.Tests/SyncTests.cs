using System;
using System.Linq;
using System.Threading.Tasks;
using AppsScript.Emulator.Triggers;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary><c>syncSpotifyToNotion</c>, <c>fullSync</c>, <c>syncRecentlyPlayed</c> and <c>syncPlaylist</c>: the emitted bundle against the sandbox.</summary>
public sealed class SyncTests
{
    [Fact]
    public async Task TheFirstTriggerRunsBringTheWholeLibraryOverThenAnIdleRunMakesOneCallAndNoNotionCall()
    {
        await using var world = await SyncWorld.StartAsync(seed: 2, new LibrarySpec { Tracks = 300, LikedTracks = 220 });
        world.Run("initializeSpotifySync");
        world.Run("setupTimeTrigger");

        // Past the 30-minute firing of both triggers, so that no run holds the lock when the idle run starts.
        var runs = new TriggerScheduler(world.Cloud.Environment, world.Project).RunFor(TimeSpan.FromMinutes(34));
        var notionCallsBefore = world.Cloud.Notion.Traffic.Count();
        var spotifyCallsBefore = world.Cloud.Spotify.Traffic.Count();
        var idle = world.Run("syncSpotifyToNotion");

        Assert.All(runs.Where(run => run.IsComplete), run => Assert.True(run.Result!.Succeeded, run.ToString()));
        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated {audit.Duplicated.Count}, missing {audit.Missing.Count}");
        // Every liked track, and the played ones the recently played trigger brought in.
        var played = world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId).Count(page => page.Select("Source") == "Recently Played");
        Assert.True(played > 0);
        Assert.Equal(audit.LikedTracks + played, audit.Pages);
        Assert.Equal(1, idle.UrlFetchCount);
        Assert.Equal(1, world.Cloud.Spotify.Traffic.Count() - spotifyCallsBefore);
        Assert.Equal(notionCallsBefore, world.Cloud.Notion.Traffic.Count());
        Assert.Equal("done", idle.Return!["status"]!.GetValue<string>());
        Assert.Equal(0, idle.Return["newLikes"]!.GetValue<int>());
        Assert.StartsWith("syncSpotifyToNotion: done, 0 new like(s)", idle.Logs.Last().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewLikeLandsOnceWithItsSpotifyDataAndAPersonsEditsStay()
    {
        await using var world = await SyncWorld.StartAsync(seed: 3, new LibrarySpec { Tracks = 80, LikedTracks = 30 });
        world.Run("initializeSpotifySync");
        world.Run("fullSync");
        var library = world.Cloud.Spotify.Library;
        var edited = world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId)[0];
        world.Cloud.Notion.Workspace.EditAsPerson(edited.Id, "Download Status", "Downloaded");
        world.Cloud.Notion.Workspace.EditAsPerson(edited.Id, "Name", "My own title");
        var track = library.Tracks.First(t => t.Id is not null && !library.IsLiked(t));
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));
        library.Like(track, world.Cloud.Clock.GetUtcNow());
        world.Cloud.Clock.Advance(TimeSpan.FromSeconds(1));

        var result = world.Run("syncSpotifyToNotion");
        world.Run("syncSpotifyToNotion");

        Assert.Equal(1, result.Return!["newLikes"]!.GetValue<int>());
        var pages = world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId);
        var page = Assert.Single(pages, p => p.Text("Spotify ID") == track.Id);
        Assert.Equal(track.Name, page.Text("Name"));
        Assert.Equal(string.Join(", ", track.Artists.Select(a => a.Name)), page.Text("Artist"));
        Assert.Equal("Saved", page.Select("Source"));
        Assert.True(page.Checkbox("In Library"));
        var kept = world.Cloud.Notion.Workspace.Page(edited.Id);
        Assert.Equal("Downloaded", kept.Select("Download Status"));
        Assert.Equal("My own title", kept.Text("Name"));
        Assert.True(world.Audit().ExactlyOnce);
    }

    [Fact]
    public async Task RecentlyPlayedCountsEachPlayOnceAndCreatesPagesForTracksNotYetInNotion()
    {
        await using var world = await SyncWorld.StartAsync(seed: 4, new LibrarySpec { Tracks = 60, LikedTracks = 20, Plays = 0 });
        world.Run("initializeSpotifySync");
        var library = world.Cloud.Spotify.Library;
        var track = library.Tracks.First(t => t.Id is not null && !library.IsLiked(t));
        var start = world.Cloud.Clock.GetUtcNow();
        library.AddPlay(track, start.AddMinutes(-30));
        library.AddPlay(track, start.AddMinutes(-20));

        var first = world.Run("syncRecentlyPlayed");
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(10));
        library.AddPlay(track, world.Cloud.Clock.GetUtcNow().AddMinutes(-2));
        var second = world.Run("syncRecentlyPlayed");
        var third = world.Run("syncRecentlyPlayed");

        var page = Assert.Single(world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId), p => p.Text("Spotify ID") == track.Id);
        Assert.Equal(3, page.Number("Play Count"));
        Assert.Equal("Recently Played", page.Select("Source"));
        Assert.Equal(2, first.Return!["playsCounted"]!.GetValue<int>());
        Assert.Equal(1, second.Return!["playsCounted"]!.GetValue<int>());
        Assert.Equal(0, third.Return!["playsCounted"]!.GetValue<int>());
    }

    [Fact]
    public async Task TheRecentlyPlayedTriggerCountsEveryPlayOfAnAfternoonOnceWithOneCallWhenNothingWasPlayed()
    {
        await using var world = await SyncWorld.StartAsync(seed: 6, new LibrarySpec { Tracks = 80, LikedTracks = 20, Plays = 0 });
        world.Run("initializeSpotifySync");
        world.Run("fullSync");
        world.Run("setupTimeTrigger");
        var start = world.Cloud.Clock.GetUtcNow();
        // More plays than the 50 Spotify keeps, spread over three hours: only a trigger that runs often enough sees them all.
        var plays = world.Cloud.Spotify.Library.SchedulePlays(70, start, TimeSpan.FromHours(3));

        var runs = new TriggerScheduler(world.Cloud.Environment, world.Project).RunFor(TimeSpan.FromHours(4)).Where(run => run.Function == "syncRecentlyPlayed").ToList();

        Assert.Equal(8, runs.Count);
        Assert.All(runs, run => Assert.Equal("done", run.Result!.Return!["status"]!.GetValue<string>()));
        Assert.Equal(70, runs.Sum(run => run.Result!.Return!["playsCounted"]!.GetValue<int>()));
        var pages = world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId);
        Assert.Equal(70, pages.Sum(page => page.Number("Play Count") ?? 0));
        foreach (var played in plays.GroupBy(play => play.Track.Id))
        {
            Assert.Equal(played.Count(), Assert.Single(pages, page => page.Text("Spotify ID") == played.Key).Number("Play Count"));
        }
        var idle = runs.Last().Result!;
        Assert.Equal(0, idle.Return!["plays"]!.GetValue<int>());
        Assert.Equal(1, idle.UrlFetchCount);
    }

    [Fact]
    public async Task APlaylistSyncAddsThePlaylistToEachOfItsTracks()
    {
        await using var world = await SyncWorld.StartAsync(seed: 5, new LibrarySpec { Tracks = 80, LikedTracks = 30 });
        world.Run("initializeSpotifySync");
        var library = world.Cloud.Spotify.Library;
        var playlist = library.Playlists.First(p => library.MayReadContents(p) && library.EntriesOf(p).Any(e => e.Track?.Id is not null));
        var trackIds = library.EntriesOf(playlist).Select(e => e.Track?.Id).OfType<string>().Distinct().ToList();

        var result = world.Run("syncPlaylist", playlist.Id);

        Assert.Equal(playlist.Name, result.Return!["playlistName"]!.GetValue<string>());
        Assert.True(result.Return["complete"]!.GetValue<bool>());
        var pages = world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId);
        foreach (var id in trackIds)
        {
            var page = Assert.Single(pages, p => p.Text("Spotify ID") == id);
            Assert.Contains(playlist.Name.Replace(",", " "), page.MultiSelect("Playlists"));
        }
    }

    [Fact]
    public async Task ARunThatStartsWhileAnotherHoldsTheScriptLockExitsAtOnceWithoutACall()
    {
        await using var world = await SyncWorld.StartAsync(seed: 6, new LibrarySpec { Tracks = 150, LikedTracks = 100 });
        world.Run("initializeSpotifySync");
        world.Cloud.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.Fixed(TimeSpan.FromMilliseconds(300)));
        var environment = world.Cloud.Environment;

        var first = environment.Start(world.Project, "syncSpotifyToNotion");
        environment.RunUntil(world.Cloud.Clock.GetUtcNow().AddSeconds(10));
        var second = environment.Wait(environment.Start(world.Project, "syncSpotifyToNotion"));
        var finished = environment.Wait(first);

        Assert.True(finished.Succeeded, finished.ToString());
        Assert.Equal("done", finished.Return!["status"]!.GetValue<string>());
        Assert.True(second.Succeeded, second.ToString());
        Assert.Equal("skipped", second.Return!["status"]!.GetValue<string>());
        Assert.Equal(0, second.UrlFetchCount);
        Assert.True(second.End < finished.End);
        Assert.True(world.Audit().ExactlyOnce);
    }
}

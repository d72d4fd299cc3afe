using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AppsScript.Emulator.Runtime;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary><c>fullSync()</c> run from the editor, again and again, across executions until it is done: the walk that resumes and the sweep of In Library.</summary>
public sealed class FullSyncTests
{
    /// <summary>A budget a few Notion batches long (at 3 requests a second), so that a few hundred likes take several executions.</summary>
    private const int TimeBudgetSeconds = 30;

    [Fact]
    public async Task AFullSyncBiggerThanOneExecutionResumesUntilDoneWithEveryLikeOnceAndInLibraryCheckedOnlyForLikedTracks()
    {
        await using var world = await SyncWorld.StartAsync(seed: 21, new LibrarySpec { Tracks = 500, LikedTracks = 40, Plays = 0, LocalFiles = 0 });
        world.Run("initializeSpotifySync", new JsonObject { ["timeBudgetSeconds"] = TimeBudgetSeconds });
        var earlier = RunUntilDone(world);
        var library = world.Cloud.Spotify.Library;
        var synced = library.SavedTracksAt(world.Cloud.Clock.GetUtcNow()).Select(saved => saved.Track).ToList();
        // Liked first: the likes are drawn from the tracks not liked at the time, which must not be the 5 unliked next.
        var newLikes = library.ScheduleLikes(260, world.Cloud.Clock.GetUtcNow(), TimeSpan.FromMinutes(2));
        var unliked = synced.Where((_, index) => index % 8 == 3).Take(5).ToList();
        foreach (var track in unliked) Assert.True(library.Unlike(track));
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));
        // A page a person added for a track that is not liked, and ticked In Library on.
        var neverLiked = library.Tracks.First(track => track.Id is not null && !library.IsLiked(track) && !unliked.Contains(track));
        var byHand = world.Cloud.Notion.Workspace.AddPage(world.Tracks.DataSourceId, new Dictionary<string, object?> { ["Name"] = neverLiked.Name, ["Spotify ID"] = neverLiked.Id, ["In Library"] = true });
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));

        var runs = RunUntilDone(world);

        Assert.Equal(40, Assert.Single(earlier).Return!["tracks"]!["created"]!.GetValue<int>());
        Assert.InRange(runs.Count, 3, 20);
        var results = runs.Select(run => run.Return!).ToList();
        Assert.True(results[0]["started"]!.GetValue<bool>());
        Assert.All(results.Skip(1), result => Assert.False(result["started"]!.GetValue<bool>()));
        Assert.All(results.SkipLast(1), result => Assert.Equal("stopped", result["status"]!.GetValue<string>()));
        Assert.Equal("done", results[^1]["status"]!.GetValue<string>());
        Assert.Equal("done", results[^1]["phase"]!.GetValue<string>());
        var walking = results.Where(result => result["phase"]!.GetValue<string>() == "walk").ToList();
        Assert.True(walking.Count >= 2, $"{walking.Count} execution(s) ended inside the walk");
        Assert.All(walking, result => Assert.Equal(295, result["total"]!.GetValue<int>()));
        var offsets = walking.Select(result => result["offset"]!.GetValue<int>()).ToList();
        Assert.All(offsets.Zip(offsets.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"the walk went from offset {pair.First} to {pair.Second}"));
        Assert.InRange(offsets[0], 1, 294);
        Assert.Equal(260, results.Sum(result => result["tracks"]!["created"]!.GetValue<int>()));
        Assert.Equal(6, results.Sum(result => result["unchecked"]!.GetValue<int>()));
        Assert.All(runs, run =>
        {
            var summary = Assert.Single(run.Logs, line => line.Message.StartsWith("fullSync: ", StringComparison.Ordinal));
            Assert.Equal(run.Return!["summary"]!.GetValue<string>(), summary.Message);
        });
        Assert.StartsWith("fullSync: stopped (walk at ", runs[0].Logs.Single(line => line.Message.StartsWith("fullSync: ", StringComparison.Ordinal)).Message, StringComparison.Ordinal);

        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated {string.Join(", ", audit.Duplicated)}; missing {string.Join(", ", audit.Missing)}");
        Assert.Equal(295, audit.LikedTracks);
        Assert.Equal(295 + unliked.Count + 1, audit.Pages);
        var liked = library.SavedTracksAt(world.Cloud.Clock.GetUtcNow()).Select(saved => saved.Track.Id).ToHashSet();
        Assert.All(newLikes, like => Assert.Contains(like.Track.Id, liked));
        foreach (var page in world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId))
        {
            var id = page.Text("Spotify ID");
            Assert.True(liked.Contains(id) == page.Checkbox("In Library"), $"{id}: liked {liked.Contains(id)}, In Library {page.Checkbox("In Library")}");
        }
        Assert.False(world.Cloud.Notion.Workspace.Page(byHand).Checkbox("In Library"));
    }

    /// <summary>Runs <c>fullSync()</c> as a person does from the editor, five minutes apart, until a run says done (at most 20 runs).</summary>
    private static List<ExecutionResult> RunUntilDone(SyncWorld world)
    {
        var runs = new List<ExecutionResult>();
        do
        {
            if (runs.Count > 0) world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));
            runs.Add(world.Run("fullSync"));
        }
        while (runs[^1].Return!["status"]!.GetValue<string>() == "stopped" && runs.Count < 20);
        return runs;
    }
}

using System.Collections.Generic;
using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>The incremental sync of the liked songs, the 5-minute trigger's work, and its watermark.</summary>
[GlobalFunctions]
public static class IncrementalSyncScenarios
{
    /// <summary>A first run sets the watermark at the newest like and leaves the backlog to the full sync it carries.</summary>
    public static void TheFirstRunSetsTheWatermarkAtTheHeadAndTheFullSyncCoversTheBacklog()
    {
        var scenario = ScenarioRuntime.Start();
        var liked = scenario.LikedTrackIds();
        var newest = scenario.World.LikedTracks()[0];

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the first run's status");
        Expect.Number(0, result.NewLikes, "the new likes of a first run");
        Expect.Text(newest.AddedAt, result.Watermark, "the watermark");
        Expect.True(result.FullSync is not null, "the first run to carry the full sync");
        Expect.Text("done", result.FullSync!.Phase, "the full sync's phase");
        Expect.Number(liked.Count, result.FullSync.Tracks.Created, "the pages the full sync created");
        var pages = scenario.PagesBySpotifyId();
        Expect.SameSet(liked, pages.Keys, "the Spotify IDs of the pages");
        foreach (var page in pages.Values)
        {
            Expect.Text("Saved", page.Source, $"the Source of {page.SpotifyId}");
            Expect.True(page.InLibrary, $"{page.SpotifyId} to be In Library");
            Expect.True(page.AddedAt is not null, $"{page.SpotifyId} to have Added At");
        }
    }

    /// <summary>A run with nothing new costs one Spotify call, no Notion call, and writes no property.</summary>
    public static void AnIdleRunMakesOneSpotifyCallNoNotionCallAndWritesNothing()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        world.LetTimePass(300);
        world.ForgetCalls();
        var before = world.StoredProperties();

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the idle run's status");
        Expect.Number(1, world.Calls("spotify", ""), "the Spotify calls of an idle run");
        Expect.Number(1, world.Calls("spotify", "GET /v1/me/tracks"), "the reads of the liked songs");
        Expect.Number(0, world.Calls("notion", ""), "the Notion calls of an idle run");
        Expect.Sequence(before, world.StoredProperties(), "the script properties after an idle run");
        Expect.Contains("syncSpotifyToNotion: done, 0 new like(s)", result.Summary, "the idle run's summary");
    }

    /// <summary>New likes get a page each, created oldest first, and the watermark moves to the newest.</summary>
    public static void NewLikesLandOnceOldestFirstAndMoveTheWatermark()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        var existing = world.Pages().Length;
        var likes = world.LikeTracks(12, 240);
        world.LetTimePass(300);

        var result = scenario.SyncSavedTracks();
        var again = scenario.SyncSavedTracks();

        Expect.Number(12, result.NewLikes, "the new likes");
        Expect.Number(12, result.Tracks.Created, "the pages created");
        Expect.Number(0, again.NewLikes, "the new likes of the run after");
        Expect.Text(likes[0].AddedAt, result.Watermark, "the watermark");
        var pages = scenario.PagesBySpotifyId();
        Expect.Number(existing + 12, pages.Count, "the pages");
        // Oldest first as Spotify lists the likes (newest first, a later like of the same second before an earlier one).
        var newIds = new HashSet<string>();
        foreach (var like in likes) newIds.Add(like.TrackId);
        var oldestFirst = new List<string>();
        foreach (var id in scenario.LikedTrackIds())
        {
            if (newIds.Contains(id)) oldestFirst.Insert(0, id);
        }
        var created = new List<string>();
        var all = world.Pages();
        for (var i = existing; i < all.Length; i++) created.Add(all[i].SpotifyId);
        Expect.Sequence(oldestFirst, created, "the order the pages were created in");
        foreach (var like in likes)
        {
            var page = pages[like.TrackId];
            Expect.Text(like.Name, page.Name, $"the Name of {like.TrackId}");
            Expect.True(page.InLibrary, $"{like.TrackId} to be In Library");
            Expect.Text(like.AddedAt.Substring(0, 16), page.AddedAt?.Substring(0, 16), $"the minute {like.TrackId} was liked");
        }
    }

    /// <summary>
    /// Spotify's <c>added_at</c> has seconds only: a like in the same second as the watermark, after the run that set
    /// it, is new all the same.
    /// </summary>
    public static void ALikeInTheSameSecondAsTheWatermarkIsNotMistakenForASeenOne()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var second = scenario.Now().AddSeconds(1);
        world.LikeAnotherTrack(second.ToString("o"));
        world.LetTimePass(2);
        scenario.SyncSavedTracks();
        var existing = world.Pages().Length;
        var sameSecond = world.LikeAnotherTrack(second.AddMilliseconds(500).ToString("o"));

        var result = scenario.SyncSavedTracks();

        Expect.Text(second.ToString("yyyy-MM-ddTHH:mm:ssZ"), sameSecond.AddedAt, "the second of the later like");
        Expect.Number(1, result.NewLikes, "the new likes");
        Expect.True(scenario.PagesBySpotifyId().ContainsKey(sameSecond.TrackId), "a page for the like of the watermark's second");
        Expect.Number(existing + 1, world.Pages().Length, "the pages");
    }

    /// <summary>A run out of time stops between batches, within its budget, and the next runs carry on to the end.</summary>
    public static void ARunOutOfBudgetStopsBetweenBatchesAndTheNextRunResumes()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.Configure(new SyncSettings { TimeBudgetSeconds = 30, BatchSize = 20 });
        scenario.SyncSavedTracks();
        world.LikeTracks(150, 240);
        world.LetTimePass(300);

        var first = scenario.SyncSavedTracks();
        world.LetTimePass(300);
        var second = scenario.SyncSavedTracks();
        world.LetTimePass(300);
        var third = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Stopped, first.Status, "the first run's status");
        Expect.True(first.Tracks.Created >= 20 && first.Tracks.Created <= 100, $"the first run to create 20 to 100 pages, not {first.Tracks.Created}");
        Expect.Number(0, first.Tracks.Created % 20, "the pages the first run created past whole batches");
        Expect.True(first.DurationMs <= 30000, $"the first run to keep to its 30 s budget, not take {first.DurationMs} ms");
        Expect.Number(150 - first.Tracks.Created, second.NewLikes, "the new likes the second run found");
        Expect.Number(150, first.Tracks.Created + second.Tracks.Created + third.Tracks.Created, "the pages the three runs created");
        Expect.Text(RunStatuses.Done, third.Status, "the third run's status");
        Expect.SameSet(scenario.LikedTrackIds(), scenario.PagesBySpotifyId().Keys, "the Spotify IDs of the pages");
    }
}

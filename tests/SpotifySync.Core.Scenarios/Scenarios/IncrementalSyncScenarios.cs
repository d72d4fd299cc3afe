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
        var liked = scenario.World.LikedTrackIds();

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the first run's status");
        Expect.Number(0, result.NewLikes, "the new likes of a first run");
        Expect.True(result.FullSync is not null, "the first run to carry the full sync");
        Expect.Text("done", result.FullSync!.Phase, "the full sync's phase");
        Expect.Number(liked.Length, result.FullSync.Tracks.Created, "the pages the full sync created");
        var pages = scenario.PagesBySpotifyId();
        Expect.SameSet(liked, pages.Keys, "the Spotify IDs of the pages");
        foreach (var page in pages.Values)
        {
            Expect.Text("Saved", page.Source, $"the Source of {page.SpotifyId}");
            Expect.True(page.InLibrary, $"{page.SpotifyId} to be In Library");
            Expect.True(page.AddedAt is not null, $"{page.SpotifyId} to have Added At");
        }
    }
}

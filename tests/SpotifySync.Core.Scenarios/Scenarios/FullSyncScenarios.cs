using System.Collections.Generic;
using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.Results;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>The full sync: a walk of the liked songs resumable across executions, and a sweep of the pages of unliked tracks.</summary>
[GlobalFunctions]
public static class FullSyncScenarios
{
    /// <summary>
    /// A full sync Notion slows down takes several executions, each resuming where the last stopped; tracks unliked
    /// meanwhile are unchecked by its sweep, and no track gets two pages or none.
    /// </summary>
    public static void AFullSyncResumesAcrossExecutionsAndItsSweepUnchecksUnlikedTracks()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.Configure(new SyncSettings { TimeBudgetSeconds = 30, BatchSize = 5 });
        world.AnswerAfter("notion", 1000);
        var liked = scenario.LikedTrackIds();

        var first = scenario.FullSync();
        var unliked = new List<string>();
        for (var i = 0; i < 3; i++) unliked.Add(liked[i]);
        foreach (var id in unliked) world.Unlike(id);
        var executions = 1;
        var uncheckedPages = first.Unchecked;
        FullSyncResult last;
        do
        {
            world.LetTimePass(300);
            last = scenario.FullSync();
            executions++;
            uncheckedPages += last.Unchecked;
        }
        while (last.Status == RunStatuses.Stopped && executions < 20);

        Expect.Text(RunStatuses.Stopped, first.Status, "the first execution's status");
        Expect.True(first.Offset >= unliked.Count, $"the first execution to walk past the tracks then unliked, not stop at {first.Offset}");
        Expect.Text(RunStatuses.Done, last.Status, "the last execution's status");
        Expect.Text("done", last.Phase, "the full sync's phase");
        Expect.Number(unliked.Count, uncheckedPages, "the pages the sweep unchecked");
        var pages = scenario.PagesBySpotifyId();
        Expect.SameSet(liked, pages.Keys, "the Spotify IDs of the pages");
        foreach (var id in liked) Expect.True(pages[id].InLibrary == !unliked.Contains(id), $"In Library of {id} to say whether it is liked");
    }

    /// <summary>A page a person unchecked is checked again, and an unliked track's unchecked, with no page created.</summary>
    public static void AFullSyncSetsInLibraryRightWithoutCreatingPages()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var liked = scenario.LikedTrackIds();
        scenario.FullSync();
        var unliked = liked[3];
        var recheck = liked[7];
        world.Unlike(unliked);
        world.EditCheckboxAsPerson(scenario.PagesBySpotifyId()[recheck].Id, "In Library", false);
        world.LetTimePass(300);
        world.ForgetCalls();

        var result = scenario.FullSync();

        Expect.Text(RunStatuses.Done, result.Status, "the full sync's status");
        Expect.True(result.Started, "the full sync to start anew");
        Expect.Number(1, result.Unchecked, "the pages unchecked");
        Expect.Number(0, result.Tracks.Created, "the pages created");
        Expect.Number(2, result.Tracks.Updated, "the pages updated");
        Expect.Number(2, world.Calls("notion", "PATCH /v1/pages/{id}"), "the pages patched");
        Expect.Number(0, world.Calls("notion", "POST /v1/pages"), "the pages posted");
        var pages = scenario.PagesBySpotifyId();
        Expect.Number(liked.Count, pages.Count, "the pages");
        Expect.True(!pages[unliked].InLibrary, "the unliked track's page to be unchecked");
        Expect.True(pages[recheck].InLibrary, "the page a person unchecked to be checked again");
    }
}

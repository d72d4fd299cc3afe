using System.Collections.Generic;
using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>Before creating, a batch is looked up in Notion with one query, so a track that has a page never gets a second.</summary>
[GlobalFunctions]
public static class DedupeScenarios
{
    /// <summary>
    /// A batch of new likes, two of which already have a page (a person made them), costs one query: the two pages
    /// are taken up, keeping what the person wrote, and only the others are created.
    /// </summary>
    public static void ABatchIsLookedUpWithOneQueryAndPagesThatExistAreNotCreatedAgain()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        var existing = world.Pages().Length;
        var likes = world.LikeTracks(12, 240);
        var madeByAPerson = new List<string> { likes[3].TrackId, likes[8].TrackId };
        foreach (var id in madeByAPerson) world.AddPageAsPerson(id, "Mine already");
        world.LetTimePass(300);
        world.ForgetCalls();

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the run's status");
        Expect.Number(1, world.Calls("notion", "POST /v1/data_sources/{id}/query"), "the queries for a batch of 12");
        Expect.Number(10, world.Calls("notion", "POST /v1/pages"), "the pages posted");
        Expect.Number(10, result.Tracks.Created, "the pages created");
        Expect.Number(2, result.Tracks.Updated, "the pages a person made that the sync took up");
        var pages = scenario.PagesBySpotifyId();
        Expect.Number(existing + 12, pages.Count, "the pages");
        foreach (var id in madeByAPerson)
        {
            Expect.Text("Mine already", pages[id].Name, $"the Name the person gave {id}");
            Expect.True(pages[id].InLibrary, $"the page the person made for {id} to be In Library");
            Expect.True(pages[id].AddedAt is not null, $"the page the person made for {id} to get Added At");
        }
    }
}

using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>Notion failing writes and limiting the rate: every track still gets exactly one page.</summary>
[GlobalFunctions]
public static class NotionFaultScenarios
{
    /// <summary>A create Notion answers with 503 after carrying it out (<c>committed_resource_id</c>) counts as created and is not posted again.</summary>
    public static void ACreateNotionAnswers503AfterCommittingIsNotCreatedTwice()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var liked = scenario.LikedTrackIds();
        world.FailNext("notion", "POST /v1/pages", "UnavailableAfterCommit", 3, 0);

        var result = scenario.SyncSavedTracks();

        Expect.Number(liked.Count, result.FullSync!.Tracks.Created, "the pages counted as created");
        Expect.Number(liked.Count, scenario.PagesBySpotifyId().Count, "the pages");
        Expect.Number(liked.Count, world.Calls("notion", "POST /v1/pages"), "the pages posted");
    }

    /// <summary>A create that timed out may have happened: the track is looked up, and created again only when it has no page.</summary>
    public static void ACreateOfUnknownOutcomeIsLookedUpThenPostedOnceMore()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var liked = scenario.LikedTrackIds();
        scenario.SyncSavedTracks();
        var likes = world.LikeTracks(5, 240);
        world.LetTimePass(300);
        world.ForgetCalls();
        world.FailNext("notion", "POST /v1/pages", "Timeout", 1, 0);

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the run's status");
        Expect.Number(liked.Count + likes.Length, scenario.PagesBySpotifyId().Count, "the pages");
        Expect.Number(likes.Length + 1, world.Calls("notion", "POST /v1/pages"), "the pages posted");
        Expect.Number(2, world.Calls("notion", "POST /v1/data_sources/{id}/query"), "the queries: the batch's, and the lookup after the timeout");
    }

    /// <summary>Notion's 429 is waited out for its Retry-After on the clock, then the create goes on.</summary>
    public static void ANotion429IsWaitedOutForItsRetryAfter()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var liked = scenario.LikedTrackIds();
        world.FailNext("notion", "POST /v1/pages", "RateLimited", 1, 7);

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the run's status");
        Expect.Number(liked.Count, scenario.PagesBySpotifyId().Count, "the pages");
        Expect.Number(liked.Count + 1, world.Calls("notion", "POST /v1/pages"), "the pages posted");
        var posts = world.CallTimes("notion", "POST /v1/pages");
        Expect.AtLeast(7000, posts[1] - posts[0], "the milliseconds between the limited post and the next");
    }

    /// <summary>
    /// A Retry-After longer than the run can wait stops it, and the runs before that time send Notion nothing; the
    /// first run after it finishes the work.
    /// </summary>
    public static void ANotionRetryAfterLongerThanTheRunKeepsLaterRunsAwayUntilItEnds()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var liked = scenario.LikedTrackIds();
        world.FailNext("notion", "POST /v1/pages", "QuotaExceeded", 1, 600);

        var first = scenario.SyncSavedTracks();
        world.LetTimePass(300);
        world.ForgetCalls();
        var second = scenario.SyncSavedTracks();
        var callsWhileBlocked = world.Calls("notion", "");
        world.LetTimePass(360);
        var third = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Stopped, first.Status, "the first run's status");
        Expect.Contains("runs resume sending to Notion at", first.Error, "the first run's error");
        Expect.Text(RunStatuses.Stopped, second.Status, "the status of a run while Notion is to be left alone");
        Expect.Text(ResumesAt(first.Error!), ResumesAt(second.Error!), "the time the second run says Notion is asked again");
        Expect.Number(0, callsWhileBlocked, "the Notion calls while Notion is to be left alone");
        Expect.Text(RunStatuses.Done, third.Status, "the status of the run after the Retry-After");
        Expect.Number(liked.Count, scenario.PagesBySpotifyId().Count, "the pages");
        Expect.True(scenario.Store().Get(StateKeys.NotionBlockedUntil) is null, "the time Notion is left alone until to be cleared");
    }

    /// <summary>The time an error says the runs send to Notion again.</summary>
    private static string ResumesAt(string error)
    {
        const string Resume = "resume sending to Notion at ";
        return error.Substring(error.IndexOf(Resume) + Resume.Length);
    }
}

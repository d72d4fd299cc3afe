using System;
using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>The Spotify client and its tokens: a 401 refreshed once, rate limits waited out or recorded, revoked access.</summary>
[GlobalFunctions]
public static class SpotifyClientScenarios
{
    /// <summary>Spotify refusing the access token: the client refreshes it once, keeps the rotated refresh token and retries once.</summary>
    public static void ASpotify401RefreshesTheTokenOnceAndRetriesOnce()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        var refreshToken = scenario.Store().Get(StateKeys.SpotifyRefreshToken);
        world.LikeTracks(2, 60);
        world.LetTimePass(300);
        world.ForgetCalls();
        world.FailNext("spotify", "GET /v1/me/tracks", "Unauthorized", 1, 0);

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the run's status");
        Expect.Number(2, result.Tracks.Created, "the pages created");
        Expect.Number(1, world.Calls("spotify", "POST /api/token"), "the token refreshes");
        Expect.Number(2, world.Calls("spotify", "GET /v1/me/tracks"), "the reads of the liked songs");
        var rotated = scenario.Store().Get(StateKeys.SpotifyRefreshToken);
        Expect.True(rotated is not null && rotated != refreshToken, "the refresh token Spotify rotated to be stored");
    }

    /// <summary>A second 401 after the refresh fails the run: no refresh loop.</summary>
    public static void ASpotify401AfterTheRefreshFailsTheRunWithoutRefreshingAgain()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        var existing = world.Pages().Length;
        world.LikeTracks(2, 60);
        world.LetTimePass(300);
        world.ForgetCalls();
        world.FailNext("spotify", "GET /v1/me/tracks", "Unauthorized", 2, 0);

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Failed, result.Status, "the run's status");
        Expect.Number(1, world.Calls("spotify", "POST /api/token"), "the token refreshes");
        Expect.Number(2, world.Calls("spotify", "GET /v1/me/tracks"), "the reads of the liked songs");
        Expect.Number(existing, world.Pages().Length, "the pages");
    }

    /// <summary>A short 429 is waited out on the clock within the run, and nothing is recorded.</summary>
    public static void AShortSpotify429IsWaitedOutOnTheClock()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        world.FailNext("spotify", "GET /v1/me/tracks", "RateLimited", 1, 4);
        var before = scenario.Now();

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the run's status");
        Expect.AtLeast(4000, (scenario.Now() - before).TotalMilliseconds, "the milliseconds the run took");
        Expect.True(scenario.Store().Get(StateKeys.SpotifyBlockedUntil) is null, "no block to be recorded");
    }

    /// <summary>
    /// A 429 longer than a run can wait blocks the sync until its time: the runs before then make no call, one alert
    /// says so, and the first run after it syncs what came meanwhile.
    /// </summary>
    public static void ALongSpotify429BlocksTheRunsUntilItsTimeWithoutACall()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        var existing = world.Pages().Length;
        world.FailNext("spotify", "GET /v1/me/tracks", "QuotaExceeded", 1, 13 * 3600);
        world.LikeTracks(3, 60);
        world.LetTimePass(300);

        var blocked = scenario.SyncSavedTracks();
        var blockEnds = scenario.Now().AddHours(13);
        world.LetTimePass(3600);
        world.ForgetCalls();
        var skipped = scenario.SyncSavedTracks();
        var callsWhileBlocked = world.Calls("spotify", "") + world.Calls("notion", "");
        world.LetTimePass(12 * 3600 + 360);
        var resumed = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Blocked, blocked.Status, "the status of the run Spotify limited");
        Expect.Contains("QUOTA_EXCEEDED", blocked.Error, "the blocked run's error");
        var until = IsoTime.Parse(blocked.Error!.Substring(blocked.Error.IndexOf("until ") + "until ".Length).TrimEnd('.'));
        Expect.True(until is not null && Math.Abs((until.Value - blockEnds).TotalSeconds) < 2, $"the block to end 13 hours after the run, not at {until}");
        Expect.Text(RunStatuses.Blocked, skipped.Status, "the status of a run before the block's end");
        Expect.Number(0, callsWhileBlocked, "the calls of a run before the block's end");
        var subjects = world.MailSubjects();
        Expect.Number(1, subjects.Length, "the alerts sent");
        Expect.Contains("Spotify blocks the sync", subjects[0], "the alert's subject");
        Expect.Text(RunStatuses.Done, resumed.Status, "the status of the run after the block");
        Expect.Number(3, resumed.Tracks.Created, "the pages created after the block");
        Expect.True(scenario.Store().Get(StateKeys.SpotifyBlockedUntil) is null, "the block to be cleared");
        Expect.Number(existing + 3, scenario.PagesBySpotifyId().Count, "the pages");
    }

    /// <summary>Access withdrawn (<c>invalid_grant</c>): the sync stops, alerts once, and later runs ask Spotify nothing.</summary>
    public static void RevokedAccessStopsTheSyncWithOneAlertAndNoRetries()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        world.RevokeSpotifyAccess();

        var first = scenario.SyncSavedTracks();
        world.LetTimePass(300);
        world.ForgetCalls();
        var second = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Reauthorize, first.Status, "the first run's status");
        Expect.Contains("authorizeSpotify()", first.Error, "the first run's error");
        Expect.Text(RunStatuses.Reauthorize, second.Status, "the second run's status");
        Expect.Number(0, world.Calls("spotify", "") + world.Calls("notion", ""), "the calls of the second run");
        var subjects = world.MailSubjects();
        Expect.Number(1, subjects.Length, "the alerts sent");
        Expect.Contains("re-authorize", subjects[0], "the alert's subject");
        Expect.Number(0, world.Pages().Length, "the pages");
    }
}

using System.Collections.Generic;
using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Scenarios.World;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>Recently played: Last Played and Play Count, each play counted once.</summary>
[GlobalFunctions]
public static class RecentlyPlayedScenarios
{
    /// <summary>
    /// Plays are counted once across runs, even when the cursor is lost: the pages themselves say what was counted.
    /// Each played track gets a page with its Play Count and the minute of its last play.
    /// </summary>
    public static void PlaysAreCountedOnceEvenWhenTheCursorIsLost()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var firstPlays = world.RecentPlays();
        var first = scenario.SyncRecentlyPlayed();
        var newPlays = world.PlayTracks(30, 7200);
        world.LetTimePass(7560);

        var again = scenario.SyncRecentlyPlayed();
        scenario.Store().Delete(StateKeys.RecentlyPlayedCursor);
        var withoutCursor = scenario.SyncRecentlyPlayed();

        Expect.Number(firstPlays.Length, first.Plays, "the plays the first run read");
        Expect.Text(RunStatuses.Done, again.Status, "the second run's status");
        Expect.Number(30, again.Plays, "the plays the second run read");
        Expect.Number(30, again.PlaysCounted, "the plays the second run counted");
        Expect.Number(0, withoutCursor.PlaysCounted, "the plays counted by a run that lost the cursor");
        var plays = new Dictionary<string, List<TrackPlay>>();
        foreach (var play in firstPlays) PlaysOf(plays, play.TrackId).Add(play);
        foreach (var play in newPlays) PlaysOf(plays, play.TrackId).Add(play);
        var pages = scenario.PagesBySpotifyId();
        Expect.SameSet(plays.Keys, pages.Keys, "the Spotify IDs of the pages");
        foreach (var trackId in plays.Keys)
        {
            var page = pages[trackId];
            var latest = "";
            foreach (var play in plays[trackId])
            {
                if (string.CompareOrdinal(play.PlayedAt, latest) > 0) latest = play.PlayedAt;
            }
            Expect.Number(plays[trackId].Count, page.PlayCount, $"the Play Count of {trackId}");
            Expect.Text(latest.Substring(0, 16), page.LastPlayed?.Substring(0, 16), $"the minute {trackId} was last played");
            Expect.Text("Recently Played", page.Source, $"the Source of {trackId}");
        }
    }

    /// <summary>Plays of a liked track add to its page and leave what the sync does not own, and its Source, as they were.</summary>
    public static void PlaysOfALikedTrackUpdateItsPageAndKeepAPersonsValues()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        scenario.SyncSavedTracks();
        scenario.SyncRecentlyPlayed();
        var trackId = scenario.LikedTrackIds()[3];
        var page = scenario.PagesBySpotifyId()[trackId];
        var before = page.PlayCount ?? 0;
        world.EditTextAsPerson(page.Id, "Download Status", "Downloaded");
        world.PlayTrack(trackId, 600);
        world.PlayTrack(trackId, 1200);
        world.LetTimePass(1800);

        var result = scenario.SyncRecentlyPlayed();

        var after = scenario.PagesBySpotifyId()[trackId];
        Expect.Number(2, result.PlaysCounted, "the plays counted");
        Expect.Number(before + 2, after.PlayCount, "the Play Count");
        Expect.Text("Saved", after.Source, "the Source");
        Expect.True(after.InLibrary, "the track to stay In Library");
        Expect.Text("Downloaded", after.DownloadStatus, "the Download Status a person set");
        Expect.Text(page.Name, after.Name, "the Name");
    }

    private static List<TrackPlay> PlaysOf(Dictionary<string, List<TrackPlay>> plays, string trackId)
    {
        if (!plays.ContainsKey(trackId)) plays[trackId] = new List<TrackPlay>();
        return plays[trackId];
    }
}

using System.Collections.Generic;
using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>Notion's limits on text: rich text at most 2000 UTF-16 units, option names without commas.</summary>
[GlobalFunctions]
public static class NotionTextScenarios
{
    /// <summary>
    /// A title past 2000 UTF-16 units is cut there, and a surrogate pair the limit would split is dropped whole, so
    /// what Notion gets is still valid text; a pair ending at the limit stays.
    /// </summary>
    public static void ANameLongerThanNotionTakesIsCutAt2000Utf16Units()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var emoji = "\U0001F600";
        var acrossTheLimit = world.LikeNewTrackNamed(new string('a', 1999) + emoji + "tail");
        var endingAtTheLimit = world.LikeNewTrackNamed(new string('b', 1998) + emoji + "tail");
        var long2600 = world.LikeNewTrackNamed(new string('c', 2600));

        var result = scenario.SyncSavedTracks();

        Expect.Text(RunStatuses.Done, result.Status, "the run's status");
        var pages = scenario.PagesBySpotifyId();
        Expect.Text(new string('a', 1999), pages[acrossTheLimit].Name, "the Name cut before a pair across the limit");
        Expect.Text(new string('b', 1998) + emoji, pages[endingAtTheLimit].Name, "the Name whose pair ends at the limit");
        Expect.Text(new string('c', 2000), pages[long2600].Name, "a 2600-unit Name cut");
    }

    /// <summary>Notion refuses commas in option names: a playlist's option has them replaced and its spaces tidied.</summary>
    public static void PlaylistOptionNamesHaveNoCommas()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var withCommas = world.CreatePlaylist("Rock, Paper, Scissors", 2);
        var spaced = world.CreatePlaylist("  Chill ,  Vibes  ", 3);

        var first = scenario.SyncPlaylist(withCommas);
        var second = scenario.SyncPlaylist(spaced);

        Expect.Text(RunStatuses.Done, first.Status, "the first playlist's sync status");
        Expect.Text(RunStatuses.Done, second.Status, "the second playlist's sync status");
        var pages = world.Pages();
        Expect.Number(3, pages.Length, "the pages of the playlists' tracks");
        Expect.SameSet(new List<string> { "Rock Paper Scissors", "Chill Vibes" }, pages[0].Playlists, "the Playlists of a track in both");
        Expect.Sequence(new List<string> { "Chill Vibes" }, pages[2].Playlists, "the Playlists of a track in the second only");
    }
}

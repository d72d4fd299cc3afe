using System.Collections.Generic;
using AppsScript.Interop;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Scenarios.World;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Scenarios.Scenarios;

/// <summary>Playlists through <c>/items</c>: read again only when their snapshot changed, Playlists a union, a person's edits kept.</summary>
[GlobalFunctions]
public static class PlaylistScenarios
{
    /// <summary>
    /// A playlist's tracks get pages (episodes, local files and unavailable entries are counted and skipped), and an
    /// unchanged playlist costs one Spotify call and no Notion call, its snapshot being the one already synced.
    /// </summary>
    public static void APlaylistCreatesItsPagesAndWhileItsSnapshotStaysIsNotReadAgain()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var playlist = Readable(world.Playlists(), 0);

        var result = scenario.SyncPlaylist(playlist.Id);
        world.ForgetCalls();
        var unchanged = scenario.SyncPlaylist(playlist.Id);

        Expect.Text(RunStatuses.Done, result.Status, "the playlist sync's status");
        Expect.True(result.Complete, "the playlist to be read to its end");
        Expect.Number(playlist.Entries, result.Entries, "the entries read");
        Expect.Number(playlist.Episodes, result.Tracks.SkippedEpisodes, "the episodes skipped");
        Expect.Number(playlist.LocalFiles, result.Tracks.SkippedLocal, "the local files skipped");
        Expect.Number(playlist.Unavailable, result.Tracks.SkippedUnavailable, "the unavailable entries skipped");
        var pages = scenario.PagesBySpotifyId();
        Expect.SameSet(playlist.TrackIds, pages.Keys, "the Spotify IDs of the pages");
        foreach (var page in pages.Values)
        {
            Expect.Text("Playlist", page.Source, $"the Source of {page.SpotifyId}");
            Expect.Sequence(new List<string> { playlist.Name }, page.Playlists, $"the Playlists of {page.SpotifyId}");
            Expect.True(!page.InLibrary, $"{page.SpotifyId}, known from a playlist only, not to be In Library");
        }
        Expect.True(unchanged.Complete, "the unchanged playlist to count as read");
        Expect.Number(1, world.Calls("spotify", ""), "the Spotify calls for an unchanged playlist");
        Expect.Number(0, world.Calls("notion", ""), "the Notion calls for an unchanged playlist");
    }

    /// <summary>A second playlist is added to a page's Playlists, and what a person edited on the page stays through every sync.</summary>
    public static void ASecondPlaylistJoinsPlaylistsAndAPersonsEditsAreKept()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        var first = Readable(world.Playlists(), 0);
        var second = Readable(world.Playlists(), 1);
        scenario.SyncSavedTracks();
        scenario.SyncPlaylist(first.Id);
        var shared = first.TrackIds[0];
        world.AddToPlaylist(second.Id, shared);
        var page = scenario.PagesBySpotifyId()[shared];
        world.EditTextAsPerson(page.Id, "Download Status", "Downloaded");
        world.EditCheckboxAsPerson(page.Id, "Downloaded", true);
        world.EditTextAsPerson(page.Id, "File Path", "/music/track.mp3");
        var playlists = new List<string>(page.Playlists);
        playlists.Add("Favourites");
        world.EditOptionsAsPerson(page.Id, "Playlists", playlists.ToArray());
        world.EditTextAsPerson(page.Id, "Name", "My own title");
        world.LetTimePass(300);

        var result = scenario.SyncPlaylist(second.Id);
        scenario.FullSync();
        scenario.SyncRecentlyPlayed();

        Expect.Text(RunStatuses.Done, result.Status, "the second playlist's sync status");
        var after = scenario.PagesBySpotifyId()[shared];
        Expect.SameSet(new List<string> { first.Name, "Favourites", second.Name }, after.Playlists, "the Playlists");
        Expect.Text("Downloaded", after.DownloadStatus, "the Download Status");
        Expect.True(after.Downloaded, "Downloaded to stay checked");
        Expect.Text("/music/track.mp3", after.FilePath, "the File Path");
        Expect.Text("My own title", after.Name, "the Name a person gave");
    }

    /// <summary>A playlist the user only follows cannot be read in development mode: the sync fails with Spotify's 403 and writes nothing.</summary>
    public static void APlaylistTheUserOnlyFollowsFailsWithSpotifysReason()
    {
        var scenario = ScenarioRuntime.Start();
        var world = scenario.World;
        PlaylistContents? followed = null;
        foreach (var playlist in world.Playlists())
        {
            if (!playlist.Readable) followed = playlist;
        }

        var result = scenario.SyncPlaylist(followed!.Id);

        Expect.Text(RunStatuses.Failed, result.Status, "the playlist sync's status");
        Expect.Contains("403", result.Error, "the playlist sync's error");
        Expect.Contains(followed.Name, result.Summary, "the playlist sync's summary");
        Expect.Number(0, world.Pages().Length, "the pages");
    }

    /// <summary>The playlist the user may read that comes after <paramref name="skip"/> others.</summary>
    private static PlaylistContents Readable(PlaylistContents[] playlists, int skip)
    {
        var readable = new List<PlaylistContents>();
        foreach (var playlist in playlists)
        {
            if (playlist.Readable) readable.Add(playlist);
        }
        return readable[skip];
    }
}

using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sync;

/// <summary>Playlists through /items: Playlists is a union, a person's edits stay, unreadable playlists are reported.</summary>
public sealed class PlaylistSyncTests
{
    private static readonly LibrarySpec Library = new() { Tracks = 200, LikedTracks = 40, LargestPlaylist = 130 };

    [Fact]
    public async Task A_playlist_creates_its_missing_pages_and_skips_episodes_local_files_and_unavailable_entries()
    {
        await using var sandbox = await SyncSandbox.StartAsync(31, Library);
        var library = sandbox.Spotify.Library;
        var playlist = library.Playlists.First(p => p.Owner.Id == library.User.Id);
        var entries = library.EntriesOf(playlist);
        var tracks = entries.Where(e => e.Track is { IsLocal: false }).Select(e => e.Track!.Id!).Distinct().ToList();

        var result = new PlaylistSync(sandbox.Execution()).Run(playlist.Id);

        Assert.Equal(RunStatuses.Done, result.Status);
        Assert.True(result.Complete);
        Assert.Equal(entries.Count, result.Entries);
        Assert.Equal(entries.Count(e => e.Episode is not null), result.Tracks.SkippedEpisodes);
        Assert.Equal(entries.Count(e => e.Track is { IsLocal: true }), result.Tracks.SkippedLocal);
        Assert.Equal(entries.Count(e => e.Track is null && e.Episode is null), result.Tracks.SkippedUnavailable);
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(tracks.OrderBy(id => id), pages.Keys.OrderBy(id => id));
        Assert.All(pages.Values, page =>
        {
            Assert.Equal("Playlist", page.Select("Source"));
            Assert.Equal([playlist.Name.Replace(",", " ").Trim()], page.MultiSelect("Playlists"));
            Assert.False(page.Checkbox("In Library"));
        });
        sandbox.ClearTraffic();
        var unchanged = new PlaylistSync(sandbox.Execution()).Run(playlist.Id);
        Assert.True(unchanged.Complete);
        Assert.Equal(1, sandbox.Spotify.Traffic.Count());
        Assert.Equal(0, sandbox.Notion.Traffic.Count());
    }

    [Fact]
    public async Task A_second_playlist_is_added_to_playlists_and_a_persons_edits_are_kept()
    {
        await using var sandbox = await SyncSandbox.StartAsync(32, Library);
        var library = sandbox.Spotify.Library;
        var owned = library.Playlists.Where(p => p.Owner.Id == library.User.Id).ToList();
        var first = owned[0];
        var second = owned[1];
        new SavedTracksSync(sandbox.Execution()).Run();
        new PlaylistSync(sandbox.Execution()).Run(first.Id);
        var shared = library.EntriesOf(first).First(e => e.Track is { IsLocal: false }).Track!;
        library.AddToPlaylist(second, shared, null, sandbox.Clock.GetUtcNow(), library.User);
        var page = sandbox.PagesBySpotifyId()[shared.Id!];
        var workspace = sandbox.Notion.Workspace;
        workspace.EditAsPerson(page.Id, "Download Status", "Downloaded");
        workspace.EditAsPerson(page.Id, "Downloaded", true);
        workspace.EditAsPerson(page.Id, "File Path", "/music/track.mp3");
        workspace.EditAsPerson(page.Id, "Playlists", page.MultiSelect("Playlists").Append("Favourites").ToArray());
        workspace.EditAsPerson(page.Id, "Name", "My own title");
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));

        var result = new PlaylistSync(sandbox.Execution()).Run(second.Id);
        new FullSync(sandbox.Execution()).Run();
        new RecentlyPlayedSync(sandbox.Execution()).Run();

        Assert.Equal(RunStatuses.Done, result.Status);
        var after = workspace.Page(page.Id);
        Assert.Equal(
            new[] { first.Name, "Favourites", second.Name }.Select(n => n.Replace(",", " ").Trim()).OrderBy(n => n),
            after.MultiSelect("Playlists").OrderBy(n => n));
        Assert.Equal("Downloaded", after.Select("Download Status"));
        Assert.True(after.Checkbox("Downloaded"));
        Assert.Equal("/music/track.mp3", after.Text("File Path"));
        Assert.Equal("My own title", after.Text("Name"));
        Assert.Single(sandbox.Pages(), p => p.Text("Spotify ID") == shared.Id);
    }

    [Fact]
    public async Task A_playlist_the_user_only_follows_fails_with_spotifys_reason()
    {
        await using var sandbox = await SyncSandbox.StartAsync(33, Library);
        var library = sandbox.Spotify.Library;
        var followed = library.Playlists.First(p => !library.MayReadContents(p));

        var result = new PlaylistSync(sandbox.Execution()).Run(followed.Id);

        Assert.Equal(RunStatuses.Failed, result.Status);
        Assert.Contains("403", result.Error);
        Assert.Empty(sandbox.Pages());
        Assert.Contains(followed.Name, result.Summary);
    }
}

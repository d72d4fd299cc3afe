using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Core.Tests.Sync;

/// <summary>The full sync's sweep repairs tracks with several pages, whoever made them, losing nothing.</summary>
public sealed class DuplicateMergeTests
{
    private static readonly LibrarySpec Library = new() { Tracks = 60, LikedTracks = 20, LocalFiles = 0 };

    [Fact]
    public async Task The_sweep_merges_each_tracks_pages_into_the_oldest_and_moves_the_others_to_the_trash()
    {
        await using var sandbox = await SyncSandbox.StartAsync(81, Library);
        var planted = Plant(sandbox);

        var result = FullSyncToTheEnd(sandbox);

        Assert.Equal(3, result.Sum(r => r.Merged));
        var pages = sandbox.PagesBySpotifyId();
        Assert.Equal(sandbox.LikedIds().OrderBy(id => id), pages.Keys.OrderBy(id => id));
        var a = sandbox.Notion.Workspace.Page(planted.A);
        Assert.Equal(pages[a.Text("Spotify ID")].Id, planted.A);
        Assert.Equal(planted.AName, a.Text("Name"));
        Assert.Equal(5, a.Number("Play Count"));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero), DateTimeOffset.Parse(a.Date("Last Played")!.Start));
        Assert.Equal(["Road trip", "Gym"], a.MultiSelect("Playlists").Where(option => option is "Road trip" or "Gym"));
        Assert.Equal(("Downloaded", true, "/music/a.m4a", "https://soundcloud.com/someone/a"),
            (a.Select("Download Status"), a.Checkbox("Downloaded"), a.Text("File Path"), a.Url("SoundCloud URL")));
        var b = sandbox.Notion.Workspace.Page(planted.B);
        Assert.Equal(("Failed", "/mine/b.mp3"), (b.Select("Download Status"), b.Text("File Path")));
        Assert.Equal("https://soundcloud.com/someone/b", b.Url("SoundCloud URL"));
        Assert.True(sandbox.Notion.Workspace.Page(planted.C).Checkbox("In Library"));
        Assert.All(planted.Copies, id => Assert.True(sandbox.Notion.Workspace.Page(id).InTrash, $"{id} should be in the trash."));
        Assert.Contains(sandbox.Log.Lines, line => line.Contains($"the oldest ({planted.A}) took in the others' values", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_merge_cut_off_between_its_writes_is_finished_by_the_next_execution_without_counting_plays_twice()
    {
        await using var sandbox = await SyncSandbox.StartAsync(82, Library);
        var planted = Plant(sandbox);

        var kill = new KillSwitch { BeforeRequestTo = $"patch {SpotifySync.Core.Notion.NotionClient.BaseUrl}/pages/{planted.Copies[0]}" };
        try
        {
            new FullSync(sandbox.Execution(kill)).Run();
        }
        catch (ExecutionKilled)
        {
        }
        Assert.True(kill.Fired);
        sandbox.Lock.Held = false;
        var countAfterKill = sandbox.Notion.Workspace.Page(planted.A).Number("Play Count");
        FullSyncToTheEnd(sandbox);

        Assert.Equal(5, countAfterKill);
        Assert.Equal(5, sandbox.Notion.Workspace.Page(planted.A).Number("Play Count"));
        Assert.All(planted.Copies, id => Assert.True(sandbox.Notion.Workspace.Page(id).InTrash));
        Assert.Equal(sandbox.LikedIds().Count, sandbox.PagesBySpotifyId().Count);
    }

    [Fact]
    public async Task A_library_without_duplicates_costs_the_sweep_no_extra_call()
    {
        await using var sandbox = await SyncSandbox.StartAsync(83, Library);
        FullSyncToTheEnd(sandbox);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        sandbox.ClearTraffic();

        var results = FullSyncToTheEnd(sandbox);

        Assert.Equal(0, results.Sum(r => r.Merged));
        Assert.Equal(0, sandbox.Notion.Traffic.Count("PATCH /v1/pages"));
        // The walk's one dedupe query and the sweep's one read of the 20 pages.
        Assert.Equal(2, sandbox.Notion.Traffic.Count("POST /v1/data_sources/{id}/query"));
    }

    /// <summary>
    /// After a first full sync, three tracks get copies made later: A by a second writer that downloaded it (its own
    /// plays and playlist), B by a person whose copy disagrees with what they wrote on the oldest, C twice, In Library
    /// checked only on a copy.
    /// </summary>
    private static Planted Plant(SyncSandbox sandbox)
    {
        FullSyncToTheEnd(sandbox);
        var workspace = sandbox.Notion.Workspace;
        var pages = sandbox.PagesBySpotifyId().Values.OrderBy(page => page.Text("Spotify ID")).ToList();
        var (a, b, c) = (pages[0], pages[1], pages[2]);
        workspace.EditAsPerson(a.Id, "Play Count", 3);
        workspace.EditAsPerson(a.Id, "Last Played", new NotionDate("2026-11-19T21:00:00.000Z"));
        workspace.EditAsPerson(a.Id, "Playlists", new[] { "Road trip" });
        workspace.EditAsPerson(b.Id, "Download Status", "Failed");
        workspace.EditAsPerson(b.Id, "File Path", "/mine/b.mp3");
        workspace.EditAsPerson(c.Id, "In Library", false);
        sandbox.Clock.Advance(TimeSpan.FromMinutes(3));
        var copies = new List<string>
        {
            workspace.AddPage(sandbox.DataSourceId, new Dictionary<string, object?>
            {
                ["Name"] = "A, made again", ["Spotify ID"] = a.Text("Spotify ID"), ["Play Count"] = 2, ["Last Played"] = new NotionDate("2026-11-20T08:30:00.000Z"),
                ["Playlists"] = new[] { "Gym" }, ["Download Status"] = "Downloaded", ["Downloaded"] = true, ["File Path"] = "/music/a.m4a",
                ["SoundCloud URL"] = "https://soundcloud.com/someone/a", ["In Library"] = true,
            }),
            workspace.AddPage(sandbox.DataSourceId, new Dictionary<string, object?>
            {
                ["Name"] = b.Text("Name"), ["Spotify ID"] = b.Text("Spotify ID"), ["Download Status"] = "Pending", ["File Path"] = "/other/b.mp3",
                ["SoundCloud URL"] = "https://soundcloud.com/someone/b",
            }),
            workspace.AddPage(sandbox.DataSourceId, new Dictionary<string, object?> { ["Name"] = c.Text("Name"), ["Spotify ID"] = c.Text("Spotify ID"), ["In Library"] = true }),
            workspace.AddPage(sandbox.DataSourceId, new Dictionary<string, object?> { ["Name"] = c.Text("Name"), ["Spotify ID"] = c.Text("Spotify ID") }),
        };
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        return new Planted(a.Id, a.Text("Name"), b.Id, c.Id, copies);
    }

    private static List<FullSyncResult> FullSyncToTheEnd(SyncSandbox sandbox)
    {
        var results = new List<FullSyncResult>();
        do
        {
            results.Add(new FullSync(sandbox.Execution()).Run());
            sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        }
        while (results[^1].Status == RunStatuses.Stopped && results.Count < 10);
        Assert.Equal(("done", RunStatuses.Done), (results[^1].Phase, results[^1].Status));
        return results;
    }

    private sealed record Planted(string A, string AName, string B, string C, List<string> Copies);
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Notion;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

public sealed class NotionWorkspaceTests
{
    [Fact]
    public async Task A_person_s_edit_is_seen_by_the_API_and_attributed_to_the_person()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var id = await api.CreateTrack(ids.DataSourceId, "Myth", "5pc6ZCaTdjh1bEBoEwDwfn");
        api.Clock.Advance(TimeSpan.FromMinutes(3));

        api.Workspace.EditAsPerson(id, "Genres", new[] { "dream pop", "my favourites" });
        var reply = await api.Get($"/v1/pages/{id}");

        var page = api.Workspace.Page(id);
        Assert.Equal(["dream pop", "my favourites"], page.MultiSelect("Genres"));
        Assert.Equal(api.Workspace.PersonUserId, page.LastEditedBy);
        Assert.Equal(api.Workspace.BotUserId(NotionApi.Token), page.CreatedBy);
        Assert.Equal("2026-10-02T18:24:00.000Z", (string?)reply.Json["last_edited_time"]);
        Assert.Equal("my favourites", (string?)reply.Json["properties"]!["Genres"]!["multi_select"]![1]!["name"]);
    }

    [Fact]
    public async Task A_property_renamed_in_the_UI_is_unknown_to_writes_under_its_old_name()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        api.Workspace.RenameProperty(ids.DataSourceId, "Artist", "Artists");

        var reply = await api.Post("/v1/pages", $$"""{"parent": {"data_source_id": "{{ids.DataSourceId}}"}, "properties": {"Artist": {"rich_text": []} } }""");

        reply.AssertError(400, "validation_error", "Artist is not a property that exists.");
    }

    [Fact]
    public async Task Pages_lists_live_pages_unless_trashed_ones_are_asked_for()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var kept = api.Workspace.AddPage(ids.DataSourceId, new Dictionary<string, object?> { ["Name"] = "Kept", ["Added at"] = new DateOnly(2026, 9, 1) });
        var trashed = api.Workspace.AddPage(ids.DataSourceId, new Dictionary<string, object?> { ["Name"] = "Gone" });
        api.Workspace.Trash(trashed);

        Assert.Equal([kept], api.Workspace.Pages(ids.DataSourceId).Select(p => p.Id));
        Assert.Equal([kept, trashed], api.Workspace.Pages(ids.DataSourceId, includeTrashed: true).Select(p => p.Id));
        Assert.Equal(new NotionDate("2026-09-01"), api.Workspace.Page(kept).Date("Added at"));
        api.Workspace.Restore(trashed);
        Assert.False(api.Workspace.Page(trashed).InTrash);
    }

    [Fact]
    public async Task Served_on_loopback_the_same_routes_answer_over_a_socket()
    {
        await using var api = await NotionApi.StartAsync(loopback: true);
        var ids = api.CreateMusicDatabase();

        var reply = await api.Get($"/v1/databases/{ids.DatabaseId}");
        var missingVersion = await api.Send(HttpMethod.Get, $"/v1/databases/{ids.DatabaseId}", null, version: null);

        Assert.False(api.Host.IsInProcess);
        Assert.Equal("127.0.0.1", api.Host.BaseAddress.Host);
        reply.AssertStatus(200);
        Assert.Equal(ids.DataSourceId, (string?)reply.Json["data_sources"]![0]!["id"]);
        missingVersion.AssertStatus(400);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_ids()
    {
        await using var first = await NotionApi.StartAsync();
        await using var second = await NotionApi.StartAsync();

        Assert.Equal(first.CreateMusicDatabase(), second.CreateMusicDatabase());
    }
}

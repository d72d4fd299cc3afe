using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Tests.Shapes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

/// <summary>Responses have the keys and JSON types of the reference fixtures they correspond to.</summary>
public sealed class NotionFixtureShapeTests
{
    [Fact]
    public async Task Database_retrieve_matches_the_2025_09_03_fixture()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Get($"/v1/databases/{ids.DatabaseId}");

        JsonShape.AssertSame(Fixtures.Object("notion", "database-retrieve.2025-09-03.json"), reply.Body);
    }

    [Fact]
    public async Task Data_source_retrieve_matches_the_music_fixture()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Get($"/v1/data_sources/{ids.DataSourceId}");

        // The fixture's data source has an external icon; the simulator's have none (null).
        JsonShape.AssertSame(Fixtures.Object("notion", "data-source-retrieve.music.synthesized.json"), reply.Body, ignoring: ["icon"]);
        Assert.Null(reply.Json["icon"]);
    }

    [Fact]
    public async Task Creating_the_fixture_request_answers_the_fixture_response_shape()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var album = api.Workspace.AddPage(api.AlbumsDataSourceId!, new Dictionary<string, object?> { ["Name"] = "Bloom" });
        var request = Fixtures.Object("notion", "create-page.request.json");
        request["parent"]!["data_source_id"] = ids.DataSourceId;
        request["properties"]!["Album"]!["relation"]![0]!["id"] = album;

        var reply = await api.Post("/v1/pages", request.ToJsonString());

        reply.AssertStatus(200);
        JsonShape.AssertSame(Fixtures.Object("notion", "create-page.response.synthesized.json"), reply.Body);
    }

    [Fact]
    public async Task A_query_page_matches_the_music_query_fixture()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        await api.CreateTrack(ids.DataSourceId, "Space Song", "7H0ya83CMmgFcOhw0UB6ow",
            """, "Album type": {"select": {"name": "album"}}, "Genres": {"multi_select": [{"name": "dream pop"}]}, "Added at": {"date": {"start": "2026-09-19T21:34:12.000Z"}}""");
        await api.CreateTrack(ids.DataSourceId, "Only Shallow", "4mGPLK3nIamHyuWbyJ9iZP");
        await api.CreateTrack(ids.DataSourceId, "Sometimes", "3NSlUOEiT7Pc3JZ9XMdEn5");

        var reply = await api.Post($"/v1/data_sources/{ids.DataSourceId}/query", """{"page_size": 2}""");

        var fixture = Fixtures.Object("notion", "query-data-source.music-2-pages.synthesized.json");
        // Compare each result with the fixture page of the same filling (first: every value set; second: select and date empty).
        var first = reply.Json["results"]![0]!;
        JsonShape.AssertSame(fixture["results"]![0], first, ignoring: ["Spotify URL", "Popularity", "cover", "icon"]);
        var shell = fixture.DeepClone().AsObject();
        shell["results"] = new JsonArray();
        var replyShell = reply.Json.DeepClone().AsObject();
        replyShell["results"] = new JsonArray();
        JsonShape.AssertSame(shell, replyShell);
        Assert.True((bool)reply.Json["has_more"]!);
    }

    [Fact]
    public async Task Errors_match_the_fixture_error_shapes()
    {
        await using var api = await NotionApi.StartAsync(requestsPerMinute: 1);
        var missing = await api.Get("/v1/pages/4cc3b486-0b48-4cfe-8ce9-67c47100eb6a");
        var limited = await api.Get("/v1/pages/4cc3b486-0b48-4cfe-8ce9-67c47100eb6a");

        JsonShape.AssertSame(Fixtures.Object("notion", "error.object_not_found.official-docs-example.json"), missing.Body, ignoring: ["request_id"]);
        var rateLimited = Fixtures.Object("notion", "error.rate_limited.current-docs-shape.json");
        rateLimited.Remove("_headers_note");
        JsonShape.AssertSame(rateLimited, limited.Body);
    }

    [Fact]
    public async Task A_write_saved_before_a_503_matches_the_write_saved_fixture_plus_the_committed_id()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        api.Simulator.Faults.Next("POST /v1/pages", new Fault(FaultKind.UnavailableAfterCommit));

        var reply = await api.Post("/v1/pages", $$"""{"parent": {"data_source_id": "{{ids.DataSourceId}}"}, "properties": {} }""");

        var fixture = Fixtures.Object("notion", "error.service_unavailable.write_saved.official-docs-example.json");
        fixture["additional_data"]!["committed_resource_id"] = "";
        JsonShape.AssertSame(fixture, reply.Body, ignoring: ["request_id"]);
    }
}

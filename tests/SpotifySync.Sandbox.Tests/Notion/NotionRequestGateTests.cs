using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

public sealed class NotionRequestGateTests
{
    [Fact]
    public async Task A_request_without_Notion_Version_is_refused_with_missing_version()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Get($"/v1/databases/{ids.DatabaseId}", version: null);

        reply.AssertError(400, "missing_version", "Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.");
    }

    [Fact]
    public async Task An_unpublished_Notion_Version_is_refused_with_the_published_ones()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Get($"/v1/databases/{ids.DatabaseId}", version: "2024-01-01");

        reply.AssertError(400, "missing_version",
            "Notion-Version header failed validation: Notion-Version header should be `\"2021-05-11\"`, `\"2021-05-13\"`, `\"2021-08-16\"`, "
            + "`\"2022-02-22\"`, `\"2022-06-28\"`, `\"2025-09-03\"`, or `\"2026-03-11\"`, instead was `\"2024-01-01\"`.");
    }

    [Theory]
    [InlineData("secret_revoked")]
    [InlineData(null)]
    public async Task An_unknown_or_missing_token_is_unauthorized_before_the_version_is_looked_at(string? token)
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Get($"/v1/databases/{ids.DatabaseId}", version: null, token: token);

        reply.AssertError(401, "unauthorized", "API token is invalid.");
    }

    [Fact]
    public async Task A_database_not_shared_with_the_integration_is_not_found()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        api.Workspace.Unshare(ids.DatabaseId, NotionApi.OtherToken);

        var hidden = await api.Get($"/v1/databases/{ids.DatabaseId}", token: NotionApi.OtherToken);
        var hiddenSource = await api.Get($"/v1/data_sources/{ids.DataSourceId}", token: NotionApi.OtherToken);
        var shared = await api.Get($"/v1/databases/{ids.DatabaseId}");

        hidden.AssertError(404, "object_not_found",
            $"Could not find database with ID: {ids.DatabaseId}. Make sure the relevant pages and databases are shared with your integration.");
        hiddenSource.AssertError(404, "object_not_found",
            $"Could not find data_source with ID: {ids.DataSourceId}. Make sure the relevant pages and databases are shared with your integration.");
        shared.AssertStatus(200);
    }

    [Fact]
    public async Task Ids_are_accepted_without_dashes_and_a_malformed_one_fails_path_validation()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var undashed = await api.Get($"/v1/databases/{ids.DatabaseId.Replace("-", "")}");
        var malformed = await api.Get("/v1/pages/not-a-page");

        undashed.AssertStatus(200);
        Assert.Equal(ids.DatabaseId, (string?)undashed.Json["id"]);
        malformed.AssertError(400, "validation_error", "path failed validation: path.page_id should be a valid uuid, instead was `\"not-a-page\"`.");
    }

    [Fact]
    public async Task A_url_Notion_does_not_serve_is_an_invalid_request_url()
    {
        await using var api = await NotionApi.StartAsync();

        var unknownPath = await api.Get("/v1/tracks");
        var wrongMethod = await api.Send(HttpMethod.Delete, "/v1/pages", null);

        unknownPath.AssertError(400, "invalid_request_url", "Invalid request URL.");
        wrongMethod.AssertError(400, "invalid_request_url", "Invalid request URL.");
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_invalid_json()
    {
        await using var api = await NotionApi.StartAsync();

        var reply = await api.Post("/v1/pages", "{\"parent\": ");

        reply.AssertError(400, "invalid_json", "Error parsing JSON body.");
        Assert.False(string.IsNullOrEmpty((string?)reply.Json["request_id"]));
    }

    [Fact]
    public async Task Data_source_routes_do_not_exist_before_2025_09_03_and_the_database_query_route_not_after()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var oldDataSource = await api.Get($"/v1/data_sources/{ids.DataSourceId}", version: "2022-06-28");
        var newDatabaseQuery = await api.Post($"/v1/databases/{ids.DatabaseId}/query", "{}");
        var oldDatabaseQuery = await api.Post($"/v1/databases/{ids.DatabaseId}/query", "{}", version: "2022-06-28");

        oldDataSource.AssertError(400, "invalid_request_url", "Invalid request URL.");
        newDatabaseQuery.AssertError(400, "invalid_request_url", "Invalid request URL.");
        oldDatabaseQuery.AssertStatus(200);
        Assert.Equal("list", (string?)oldDatabaseQuery.Json["object"]);
    }
}

using System;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Faults;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

public sealed class NotionFaultTests
{
    [Theory]
    [InlineData(FaultKind.RateLimited, 429, "rate_limited", "You have been rate limited. Please try again in a few minutes.")]
    [InlineData(FaultKind.Overloaded, 529, "service_overload", "Notion is experiencing high load. Please try again later.")]
    [InlineData(FaultKind.Unauthorized, 401, "unauthorized", "API token is invalid.")]
    [InlineData(FaultKind.InternalError, 500, "internal_server_error", "Unexpected error occurred.")]
    [InlineData(FaultKind.Unavailable, 503, "service_unavailable", "Notion is unavailable, please try again later.")]
    public async Task A_fault_is_answered_in_Notion_s_error_shape_and_nothing_is_done(FaultKind kind, int status, string code, string message)
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        api.Simulator.Faults.Next("POST /v1/pages", new Fault(kind, RetryAfter: TimeSpan.FromSeconds(7)));

        var failed = await api.Post("/v1/pages", $$"""{"parent": {"data_source_id": "{{ids.DataSourceId}}"}, "properties": {} }""");

        failed.AssertError(status, code, message);
        Assert.Empty(api.Workspace.Pages(ids.DataSourceId));
        if (kind is FaultKind.RateLimited or FaultKind.Overloaded) Assert.Equal(TimeSpan.FromSeconds(7), failed.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task The_workspace_limit_stands_in_for_a_daily_quota()
    {
        await using var api = await NotionApi.StartAsync();
        api.Simulator.Faults.Next("*", new Fault(FaultKind.QuotaExceeded));

        var reply = await api.Get("/v1/pages/4cc3b486-0b48-4cfe-8ce9-67c47100eb6a");

        reply.AssertStatus(429);
        Assert.Equal("public_api_space_request_rate_limit", (string?)reply.Json["additional_data"]!["rate_limit_reason"]);
        Assert.Equal(TimeSpan.FromSeconds(300), reply.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task A_create_saved_before_a_503_names_the_page_it_made()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        api.Simulator.Faults.Next("POST /v1/pages", new Fault(FaultKind.UnavailableAfterCommit));

        var reply = await api.Post("/v1/pages", $$"""{"parent": {"data_source_id": "{{ids.DataSourceId}}"}, "properties": {"Name": {"title": [{"text": {"content": "Myth"} }]} } }""");

        reply.AssertError(503, "service_unavailable", "The change was saved, but the response could not be built in time. Read the object again instead of repeating the write.");
        var page = Assert.Single(api.Workspace.Pages(ids.DataSourceId));
        Assert.Equal(page.Id, (string?)reply.Json["additional_data"]!["committed_resource_id"]);
        Assert.Equal("Do not repeat the write.", (string?)reply.Json["additional_data"]!["retry_guidance"]![1]);
    }

    [Fact]
    public async Task An_update_saved_before_a_503_keeps_the_change_and_names_no_new_page()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var id = await api.CreateTrack(ids.DataSourceId, "Myth", "5pc6ZCaTdjh1bEBoEwDwfn");
        api.Simulator.Faults.Next("PATCH /v1/pages/{id}", new Fault(FaultKind.UnavailableAfterCommit));

        var reply = await api.Patch($"/v1/pages/{id}", """{"properties": {"Liked": {"checkbox": true}}}""");

        reply.AssertStatus(503);
        Assert.False(reply.Json["additional_data"]!.AsObject().ContainsKey("committed_resource_id"));
        Assert.True(api.Workspace.Page(id).Checkbox("Liked"));
    }
}

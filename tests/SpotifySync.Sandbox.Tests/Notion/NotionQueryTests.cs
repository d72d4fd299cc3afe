using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Notion;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

public sealed class NotionQueryTests
{
    /// <summary>Three tracks a minute apart: Space Song, Only Shallow, Myth.</summary>
    private static async Task<(NotionApi Api, string Source, string[] Pages)> Library()
    {
        var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var rows = new[]
        {
            new Dictionary<string, object?> { ["Name"] = "Space Song", ["Spotify ID"] = "7H0ya83CMmgFcOhw0UB6ow", ["Artist"] = "Beach House", ["Liked"] = true,
                ["Album type"] = "album", ["Genres"] = new[] { "dream pop", "indie pop" }, ["Added at"] = new NotionDate("2026-09-19T21:34:00.000+00:00"), ["Popularity"] = 78,
                ["Spotify URL"] = "https://open.spotify.com/track/7H0ya83CMmgFcOhw0UB6ow" },
            new Dictionary<string, object?> { ["Name"] = "Only Shallow", ["Spotify ID"] = "4mGPLK3nIamHyuWbyJ9iZP", ["Artist"] = "my bloody valentine", ["Liked"] = false,
                ["Album type"] = "single", ["Genres"] = new[] { "shoegaze" }, ["Added at"] = new NotionDate("2026-09-21"), ["Popularity"] = 55 },
            new Dictionary<string, object?> { ["Name"] = "Myth", ["Spotify ID"] = "5pc6ZCaTdjh1bEBoEwDwfn", ["Artist"] = "Beach House", ["Liked"] = true },
        };
        var pages = new List<string>();
        foreach (var row in rows)
        {
            pages.Add(api.Workspace.AddPage(ids.DataSourceId, row));
            api.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        return (api, ids.DataSourceId, pages.ToArray());
    }

    public static TheoryData<string, int[]> Filters => new()
    {
        { """{"property": "Spotify ID", "rich_text": {"equals": "4mGPLK3nIamHyuWbyJ9iZP"}}""", [1] },
        { """{"property": "Spotify ID", "rich_text": {"equals": "4mgplk3niamhyuwbyj9izp"}}""", [] },
        { """{"property": "Artist", "rich_text": {"contains": "beach"}}""", [0, 2] },
        { """{"property": "Name", "title": {"equals": "Myth"}}""", [2] },
        { """{"property": "Name", "title": {"contains": "song"}}""", [0] },
        { """{"property": "Liked", "checkbox": {"equals": true}}""", [0, 2] },
        { """{"property": "Liked", "checkbox": {"does_not_equal": true}}""", [1] },
        { """{"property": "Album type", "select": {"equals": "single"}}""", [1] },
        { """{"property": "Album type", "select": {"is_empty": true}}""", [2] },
        { """{"property": "Genres", "multi_select": {"contains": "indie pop"}}""", [0] },
        { """{"property": "Added at", "date": {"before": "2026-09-20"}}""", [0] },
        { """{"property": "Added at", "date": {"after": "2026-09-19"}}""", [1] },
        { """{"property": "Added at", "date": {"on_or_after": "2026-09-19"}}""", [0, 1] },
        { """{"property": "Added at", "date": {"on_or_after": "2026-09-19T22:00:00Z"}}""", [1] },
        { """{"property": "Popularity", "number": {"greater_than": 60}}""", [0] },
        { """{"property": "Popularity", "number": {"less_than_or_equal_to": 78}}""", [0, 1] },
        { """{"property": "Spotify URL", "url": {"contains": "7H0ya83"}}""", [0] },
        { """{"property": "Spotify URL", "url": {"is_empty": true}}""", [1, 2] },
        { """{"and": [{"property": "Liked", "checkbox": {"equals": true}}, {"property": "Artist", "rich_text": {"equals": "Beach House"}}, {"property": "Added at", "date": {"on_or_after": "2026-09-01"}}]}""", [0] },
        { """{"or": [{"property": "Album type", "select": {"equals": "single"}}, {"and": [{"property": "Liked", "checkbox": {"equals": true}}, {"property": "Name", "title": {"equals": "Myth"}}]}]}""", [1, 2] },
        { """{"timestamp": "created_time", "created_time": {"on_or_after": "2026-10-02T18:22:00Z"}}""", [1, 2] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task A_filter_selects_the_matching_pages(string filter, int[] expected)
    {
        var (api, source, pages) = await Library();
        await using var _ = api;

        var reply = await api.Post($"/v1/data_sources/{source}/query", $$"""{"filter": {{filter}} }""");

        reply.AssertStatus(200);
        Assert.Equal(expected.Select(i => pages[i]), reply.ResultIds());
    }

    [Fact]
    public async Task Sorts_order_by_property_then_timestamp_with_empty_values_last()
    {
        var (api, source, pages) = await Library();
        await using var _ = api;

        var byDate = await api.Post($"/v1/data_sources/{source}/query", """{"sorts": [{"property": "Added at", "direction": "descending"}, {"timestamp": "created_time", "direction": "ascending"}]}""");
        var byArtist = await api.Post($"/v1/data_sources/{source}/query", """{"sorts": [{"property": "Artist", "direction": "ascending"}, {"timestamp": "created_time", "direction": "descending"}]}""");
        var bySelect = await api.Post($"/v1/data_sources/{source}/query", """{"sorts": [{"property": "Album type", "direction": "descending"}]}""");

        Assert.Equal([pages[1], pages[0], pages[2]], byDate.ResultIds());
        Assert.Equal([pages[2], pages[0], pages[1]], byArtist.ResultIds());
        Assert.Equal([pages[1], pages[0], pages[2]], bySelect.ResultIds());
    }

    [Fact]
    public async Task Trashed_pages_are_left_out()
    {
        var (api, source, pages) = await Library();
        await using var _ = api;
        api.Workspace.Trash(pages[0]);

        var reply = await api.Post($"/v1/data_sources/{source}/query", "{}");

        Assert.Equal([pages[1], pages[2]], reply.ResultIds());
    }

    [Fact]
    public async Task Cursors_walk_every_page_once_even_when_pages_are_added_between_requests()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var created = Enumerable.Range(0, 250).Select(i => api.Workspace.AddPage(ids.DataSourceId, new Dictionary<string, object?> { ["Name"] = $"Track {i}" })).ToList();

        var seen = new List<string>();
        string? cursor = null;
        var requests = 0;
        do
        {
            var body = cursor is null ? """{"page_size": 100}""" : $$"""{"page_size": 100, "start_cursor": "{{cursor}}"}""";
            var reply = await api.Post($"/v1/data_sources/{ids.DataSourceId}/query", body);
            reply.AssertStatus(200);
            seen.AddRange(reply.ResultIds());
            cursor = (bool)reply.Json["has_more"]! ? (string?)reply.Json["next_cursor"] : null;
            Assert.Equal(cursor is null, reply.Json["next_cursor"] is null);
            if (requests++ == 0) created.Add(api.Workspace.AddPage(ids.DataSourceId, new Dictionary<string, object?> { ["Name"] = "Late" }));
        }
        while (cursor is not null);

        Assert.Equal(created, seen);
        Assert.Equal(3, requests);
    }

    [Theory]
    [InlineData("""{"page_size": 101}""", "body failed validation: body.page_size should be ≤ `100`, instead was `101`.")]
    [InlineData("""{"page_size": 0}""", "body failed validation: body.page_size should be ≥ `1`, instead was `0`.")]
    [InlineData("""{"start_cursor": "d0f0c0a0-0000-4000-8000-000000000000"}""", "start_cursor provided is invalid: d0f0c0a0-0000-4000-8000-000000000000")]
    [InlineData("""{"filter": {"property": "Mood", "rich_text": {"equals": "x"}}}""", "Could not find property with name or id: Mood")]
    [InlineData("""{"sorts": [{"property": "Mood", "direction": "ascending"}]}""", "Could not find sort property with name or id: Mood")]
    [InlineData("""{"filter": {"property": "Liked", "checkbox": {"equals": "yes"}}}""", "body failed validation: body.filter.checkbox.equals should be a boolean, instead was `\"yes\"`.")]
    [InlineData("""{"filter": {"property": "Liked", "rich_text": {"equals": "x"}}}""", "body failed validation: body.filter.rich_text does not match the type of property \"Liked\" (checkbox).")]
    [InlineData("""{"filter": {"and": [{"or": [{"and": [{"property": "Liked", "checkbox": {"equals": true}}]}]}]}}""",
        "body failed validation: body.filter.and[0].or[0].and should be not present, instead was `[{\"property\":\"Liked\",\"checkbox\":{\"equals\":true}}]`.")]
    public async Task Invalid_queries_are_refused_with_Notion_s_message(string body, string message)
    {
        var (api, source, _) = await Library();
        await using var __ = api;

        var reply = await api.Post($"/v1/data_sources/{source}/query", body);

        reply.AssertError(400, "validation_error", message);
    }

    [Fact]
    public async Task A_compound_filter_holds_at_most_100_filters()
    {
        var (api, source, _) = await Library();
        await using var __ = api;
        string Or(int count) => $$"""{"filter": {"or": [{{string.Join(",", Enumerable.Repeat("""{"property": "Liked", "checkbox": {"equals": true}}""", count))}}]} }""";

        var accepted = await api.Post($"/v1/data_sources/{source}/query", Or(100));
        var refused = await api.Post($"/v1/data_sources/{source}/query", Or(101));

        accepted.AssertStatus(200);
        refused.AssertError(400, "validation_error", "body failed validation: body.filter.or.length should be ≤ `100`, instead was `101`.");
    }

    [Fact]
    public async Task A_query_stops_at_10000_results_and_says_it_is_incomplete()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.Workspace.CreateDatabase("Big", """{"Name": {"title": {}}}""");
        for (var i = 0; i < 10_050; i++) api.Workspace.AddPage(ids.DataSourceId, new Dictionary<string, object?> { ["Name"] = $"Row {i}" });
        var tenThousandth = api.Workspace.Pages(ids.DataSourceId)[9_999].Id;
        var beforeLast = api.Workspace.Pages(ids.DataSourceId)[9_900].Id;

        var first = await api.Post($"/v1/data_sources/{ids.DataSourceId}/query", """{"page_size": 100}""");
        var last = await api.Post($"/v1/data_sources/{ids.DataSourceId}/query", $$"""{"page_size": 100, "start_cursor": "{{beforeLast}}"}""");

        Assert.True((bool)first.Json["has_more"]!);
        Assert.Equal("incomplete", (string?)first.Json["request_status"]!["type"]);
        Assert.Equal("query_result_limit_reached", (string?)last.Json["request_status"]!["incomplete_reason"]);
        Assert.False((bool)last.Json["has_more"]!);
        Assert.Null(last.Json["next_cursor"]);
        Assert.Equal(tenThousandth, last.ResultIds()[^1]);
    }

    [Fact]
    public async Task A_complete_query_has_no_request_status()
    {
        var (api, source, _) = await Library();
        await using var __ = api;

        var reply = await api.Post($"/v1/data_sources/{source}/query", "{}");

        Assert.False(reply.Json.ContainsKey("request_status"));
    }
}

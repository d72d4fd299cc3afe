using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Tests.Shapes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

public sealed class NotionPagesTests
{
    private static string Create(string dataSourceId, string properties) =>
        $$"""{"parent": {"data_source_id": "{{dataSourceId}}"}, "properties": {{properties}} }""";

    [Fact]
    public async Task A_created_page_holds_every_value_type_and_the_clock_s_time_to_the_minute()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Post("/v1/pages", Create(ids.DataSourceId, """
            {"Name": {"title": [{"text": {"content": "Space Song"}}]},
             "Spotify URL": {"url": "https://open.spotify.com/track/7H0ya83CMmgFcOhw0UB6ow"},
             "Added at": {"date": {"start": "2026-09-19T21:34:12.000Z"}},
             "Popularity": {"number": 78}, "Liked": {"checkbox": true},
             "Album type": {"select": {"name": "album"}},
             "Genres": {"multi_select": [{"name": "dream pop"}, {"name": "new wave"}]}}
            """));

        reply.AssertStatus(200);
        Assert.Equal("2026-10-02T18:21:00.000Z", (string?)reply.Json["created_time"]);
        Assert.Equal("2026-09-19T21:34:00.000+00:00", (string?)reply.Json["properties"]!["Added at"]!["date"]!["start"]);
        Assert.Equal("blue", (string?)reply.Json["properties"]!["Album type"]!["select"]!["color"]);
        Assert.Equal(api.Workspace.BotUserId(NotionApi.Token), (string?)reply.Json["created_by"]!["id"]);
        var page = api.Workspace.Page((string)reply.Json["id"]!);
        Assert.Equal("Space Song", page.Text("Name"));
        Assert.Equal(78, page.Number("Popularity"));
        Assert.True(page.Checkbox("Liked"));
        Assert.Equal("album", page.Select("Album type"));
        Assert.Equal(["dream pop", "new wave"], page.MultiSelect("Genres"));
        Assert.Equal("", page.Text("Artist"));
        Assert.Equal("https://open.spotify.com/track/7H0ya83CMmgFcOhw0UB6ow", page.Url("Spotify URL"));
        Assert.Contains("new wave", api.Workspace.OptionNames(ids.DataSourceId, "Genres"));
        Assert.Equal($"https://www.notion.so/Space-Song-{((string)reply.Json["id"]!).Replace("-", "")}", (string?)reply.Json["url"]);
    }

    [Fact]
    public async Task A_database_parent_works_while_the_database_has_one_data_source()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var body = $$"""{"parent": {"database_id": "{{ids.DatabaseId}}"}, "properties": {"Name": {"title": []} } }""";

        var single = await api.Post("/v1/pages", body);
        var second = api.Workspace.AddDataSource(ids.DatabaseId, "Podcasts", """{"Name": {"title": {}}}""");
        var multiple = await api.Post("/v1/pages", body);

        single.AssertStatus(200);
        Assert.Equal(ids.DataSourceId, (string?)single.Json["parent"]!["data_source_id"]);
        multiple.AssertError(400, "validation_error", "Databases with multiple data sources are not supported in this API version.");
        Assert.Equal("multiple_data_sources_for_database", (string?)multiple.Json["additional_data"]!["error_type"]);
        Assert.Equal([ids.DataSourceId, second], multiple.Json["additional_data"]!["child_data_source_ids"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task Retrieve_answers_the_page_and_filter_properties_keeps_the_named_ones()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var id = await api.CreateTrack(ids.DataSourceId, "Myth", "5pc6ZCaTdjh1bEBoEwDwfn");

        var full = await api.Get($"/v1/pages/{id}");
        var some = await api.Get($"/v1/pages/{id}?filter_properties=title");

        full.AssertStatus(200);
        Assert.Equal(10, full.Json["properties"]!.AsObject().Count);
        Assert.Equal(["Name"], some.Json["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Update_replaces_the_values_sent_and_keeps_the_others()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var id = await api.CreateTrack(ids.DataSourceId, "Myth", "5pc6ZCaTdjh1bEBoEwDwfn",
            """, "Genres": {"multi_select": [{"name": "dream pop"}, {"name": "shoegaze"}]}, "Album type": {"select": {"name": "album"}}, "Popularity": {"number": 10}""");
        api.Clock.Advance(TimeSpan.FromMinutes(5));

        var reply = await api.Patch($"/v1/pages/{id}", Fixtures.Object("notion", "update-page.request.json").ToJsonString());

        reply.AssertStatus(200);
        var page = api.Workspace.Page(id);
        Assert.Equal(80, page.Number("Popularity"));
        Assert.False(page.Checkbox("Liked"));
        Assert.Equal(["dream pop"], page.MultiSelect("Genres"));
        Assert.Null(page.Select("Album type"));
        Assert.Null(page.Date("Added at"));
        Assert.Equal("Myth", page.Text("Name"));
        Assert.Equal(NotionApi.Start.AddMinutes(5).AddSeconds(-30), page.LastEditedTime);
    }

    [Fact]
    public async Task Trashing_through_in_trash_or_archived_hides_the_page_and_refuses_edits_until_restored()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var id = await api.CreateTrack(ids.DataSourceId, "Myth", "5pc6ZCaTdjh1bEBoEwDwfn");

        var trashed = await api.Patch($"/v1/pages/{id}", """{"archived": true}""");
        var edit = await api.Patch($"/v1/pages/{id}", """{"properties": {"Liked": {"checkbox": true}}}""");
        var restored = await api.Patch($"/v1/pages/{id}", """{"in_trash": false, "properties": {"Liked": {"checkbox": true}}}""");

        Assert.True((bool)trashed.Json["in_trash"]!);
        Assert.True((bool)trashed.Json["archived"]!);
        edit.AssertError(400, "validation_error", "Can't edit block that is archived. You must unarchive the block before editing.");
        restored.AssertStatus(200);
        Assert.True(api.Workspace.Page(id).Checkbox("Liked"));
    }

    [Fact]
    public async Task Version_2026_03_11_drops_archived_from_responses_and_refuses_it_in_requests()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var id = await api.CreateTrack(ids.DataSourceId, "Myth", "5pc6ZCaTdjh1bEBoEwDwfn");

        var read = await api.Get($"/v1/pages/{id}", version: "2026-03-11");
        var archive = await api.Patch($"/v1/pages/{id}", """{"archived": true}""", version: "2026-03-11");

        Assert.False(read.Json.ContainsKey("archived"));
        Assert.False((bool)read.Json["in_trash"]!);
        archive.AssertError(400, "validation_error", "body failed validation: body.archived should be not present, instead was `true`.");
    }

    [Fact]
    public async Task Icon_and_cover_are_set_and_cleared()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var id = await api.CreateTrack(ids.DataSourceId, "Myth", "5pc6ZCaTdjh1bEBoEwDwfn");

        var set = await api.Patch($"/v1/pages/{id}", """{"icon": {"emoji": "🎵"}, "cover": {"type": "external", "external": {"url": "https://i.scdn.co/image/x"}}}""");
        var cleared = await api.Patch($"/v1/pages/{id}", """{"cover": null}""");

        Assert.Equal("emoji", (string?)set.Json["icon"]!["type"]);
        Assert.Equal("🎵", (string?)set.Json["icon"]!["emoji"]);
        Assert.Equal("https://i.scdn.co/image/x", (string?)set.Json["cover"]!["external"]!["url"]);
        Assert.Null(cleared.Json["cover"]);
        Assert.Equal("emoji", (string?)cleared.Json["icon"]!["type"]);
    }

    [Theory]
    [InlineData("""{"Name": {"rich_text": [{"text": {"content": "x"}}]}}""", "Name is expected to be title.")]
    [InlineData("""{"Mood": {"rich_text": []}, "Popularity": {"url": null}}""", "Mood is not a property that exists. Popularity is expected to be number.")]
    [InlineData("""{"Genres": {"multi_select": [{"name": "rock, pop"}]}}""", "Invalid multi_select option, commas not allowed: rock, pop")]
    [InlineData("""{"Album type": {"select": {"name": "a,b"}}}""", "Invalid select option, commas not allowed: a,b")]
    [InlineData("""{"Popularity": {"number": "78"}}""", "body failed validation: body.properties.Popularity.number should be a number or `null`, instead was `\"78\"`.")]
    [InlineData("""{"Liked": {"checkbox": "yes"}}""", "body failed validation: body.properties.Liked.checkbox should be a boolean, instead was `\"yes\"`.")]
    [InlineData("""{"Added at": {"date": {"start": "yesterday"}}}""", "body failed validation: body.properties.Added at.date.start should be a valid ISO 8601 date string, instead was `\"yesterday\"`.")]
    [InlineData("""{"Name": {"title": [{"mention": {}}]}}""", "body failed validation: body.properties.Name.title[0].text should be defined, instead was `undefined`.")]
    public async Task Invalid_property_values_are_refused_with_Notion_s_message(string properties, string message)
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Post("/v1/pages", Create(ids.DataSourceId, properties));

        reply.AssertError(400, "validation_error", message);
        Assert.Empty(api.Workspace.Pages(ids.DataSourceId));
    }

    [Fact]
    public async Task Rich_text_content_is_limited_to_2000_UTF_16_code_units()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var fits = string.Concat(Enumerable.Repeat("🎵", 1000));
        var over = fits + "x";

        var accepted = await api.Post("/v1/pages", Create(ids.DataSourceId, $$"""{"Artist": {"rich_text": [{"text": {"content": "{{fits}}"} }]} }"""));
        var refused = await api.Post("/v1/pages", Create(ids.DataSourceId, $$"""{"Artist": {"rich_text": [{"text": {"content": "{{over}}"} }]} }"""));

        accepted.AssertStatus(200);
        refused.AssertError(400, "validation_error", "body failed validation: body.properties.Artist.rich_text[0].text.content.length should be ≤ `2000`, instead was `2001`.");
    }

    [Theory]
    [InlineData("Artist", "rich_text", """{"text": {"content": "a"}}""")]
    [InlineData("Genres", "multi_select", """{"name": "g"}""")]
    [InlineData("Album", "relation", """{"id": "90eeeed8-2cdd-4af4-9cc1-3d24aff5f63c"}""")]
    public async Task Arrays_are_limited_to_100_elements(string property, string type, string item)
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        string Items(int count) => string.Join(",", Enumerable.Repeat(item, count));

        var accepted = await api.Post("/v1/pages", Create(ids.DataSourceId, $$"""{"{{property}}": {"{{type}}": [{{Items(100)}}]} }"""));
        var refused = await api.Post("/v1/pages", Create(ids.DataSourceId, $$"""{"{{property}}": {"{{type}}": [{{Items(101)}}]} }"""));

        accepted.AssertStatus(200);
        refused.AssertError(400, "validation_error", $"body failed validation: body.properties.{property}.{type}.length should be ≤ `100`, instead was `101`.");
    }

    [Fact]
    public async Task Option_names_are_limited_to_100_characters()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var name = new string('g', 101);

        var reply = await api.Post("/v1/pages", Create(ids.DataSourceId, $$"""{"Genres": {"multi_select": [{"name": "ok"}, {"name": "{{name}}"}]} }"""));

        reply.AssertError(400, "validation_error", "body failed validation: body.properties.Genres.multi_select[1].name.length should be ≤ `100`, instead was `101`.");
    }

    [Fact]
    public async Task Missing_parent_or_properties_is_refused()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var noParent = await api.Post("/v1/pages", """{"properties": {}}""");
        var noProperties = await api.Post("/v1/pages", $$"""{"parent": {"data_source_id": "{{ids.DataSourceId}}"} }""");
        var unknownSource = await api.Post("/v1/pages", """{"parent": {"data_source_id": "bc1211ca-e3f1-4939-ae34-5260b16f627c"}, "properties": {}}""");

        noParent.AssertError(400, "validation_error", "body failed validation: body.parent should be defined, instead was `undefined`.");
        noProperties.AssertError(400, "validation_error", "body failed validation: body.properties should be defined, instead was `undefined`.");
        unknownSource.AssertError(404, "object_not_found",
            "Could not find data_source with ID: bc1211ca-e3f1-4939-ae34-5260b16f627c. Make sure the relevant pages and databases are shared with your integration.");
    }
}

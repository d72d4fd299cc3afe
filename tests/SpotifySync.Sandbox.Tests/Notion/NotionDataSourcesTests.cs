using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Tests.Shapes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Notion;

public sealed class NotionDataSourcesTests
{
    [Fact]
    public async Task A_database_lists_its_data_sources()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();
        var podcasts = api.Workspace.AddDataSource(ids.DatabaseId, "Podcasts", """{"Name": {"title": {}}}""");

        var reply = await api.Get($"/v1/databases/{ids.DatabaseId}");

        Assert.Equal([(ids.DataSourceId, "Tracks"), (podcasts, "Podcasts")],
            reply.Json["data_sources"]!.AsArray().Select(d => ((string)d!["id"]!, (string)d["name"]!)));
        Assert.False(reply.Json.ContainsKey("properties"));
    }

    [Fact]
    public async Task Before_2025_09_03_a_database_is_its_one_data_source_and_several_are_refused()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var single = await api.Get($"/v1/databases/{ids.DatabaseId}", version: "2022-06-28");
        api.Workspace.AddDataSource(ids.DatabaseId, "Podcasts", """{"Name": {"title": {}}}""");
        var several = await api.Get($"/v1/databases/{ids.DatabaseId}", version: "2022-06-28");

        Assert.Equal("title", (string?)single.Json["properties"]!["Name"]!["id"]);
        Assert.False(single.Json.ContainsKey("data_sources"));
        several.AssertError(400, "validation_error", "Databases with multiple data sources are not supported in this API version.");
        Assert.Equal("2025-09-03", (string?)several.Json["additional_data"]!["minimum_api_version"]);
    }

    [Fact]
    public async Task The_fixture_s_schema_update_adds_the_missing_properties()
    {
        await using var api = await NotionApi.StartAsync();
        var albums = api.Workspace.CreateDatabase("Albums", """{"Name": {"title": {}}}""");
        var ids = api.Workspace.CreateDatabase("Tracks", """{"Name": {"title": {}}}""");
        var request = Fixtures.Object("notion", "update-data-source.add-properties.request.json");
        request["properties"]!["Album"]!["relation"]!["data_source_id"] = albums.DataSourceId;

        var reply = await api.Patch($"/v1/data_sources/{ids.DataSourceId}", request.ToJsonString());

        reply.AssertStatus(200);
        Assert.Equal(new[] { "Name", "Spotify ID", "Spotify URL", "Added at", "Popularity", "Liked", "Album type", "Genres", "Album" },
            reply.Json["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["album", "single", "compilation"], api.Workspace.OptionNames(ids.DataSourceId, "Album type"));
        Assert.Equal(albums.DatabaseId, (string?)reply.Json["properties"]!["Album"]!["relation"]!["database_id"]);
        Assert.Equal("number", api.Workspace.PropertyTypes(ids.DataSourceId)["Popularity"]);
    }

    [Fact]
    public async Task Properties_are_renamed_given_options_and_removed()
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Patch($"/v1/data_sources/{ids.DataSourceId}", """
            {"properties": {"Artist": {"name": "Artists"}, "Genres": {"multi_select": {"options": [{"name": "krautrock", "color": "red"}]}}, "Popularity": null}}
            """);

        reply.AssertStatus(200);
        var types = api.Workspace.PropertyTypes(ids.DataSourceId);
        Assert.True(types.ContainsKey("Artists"));
        Assert.False(types.ContainsKey("Artist"));
        Assert.False(types.ContainsKey("Popularity"));
        Assert.Equal(["indie pop", "dream pop", "shoegaze", "krautrock"], api.Workspace.OptionNames(ids.DataSourceId, "Genres"));
    }

    [Theory]
    [InlineData("""{"Added at": {"type": "date"}}""", "body failed validation: body.properties.Added at.date should be defined, instead was `undefined`.")]
    [InlineData("""{"Mood": {"name": "Feeling"}}""", "Mood is not a property that exists.")]
    [InlineData("""{"Name": {"rich_text": {}}}""", "Cannot change the type of the title property.")]
    [InlineData("""{"Genres": {"multi_select": {"options": [{"name": "rock, pop"}]}}}""", "Invalid multi_select option, commas not allowed: rock, pop")]
    [InlineData("""{"Album type": {"select": {"options": [{"name": "ep", "color": "teal"}]}}}""",
        "body failed validation: body.properties.Album type.select.options[0].color should be `\"default\"`, `\"gray\"`, `\"brown\"`, `\"orange\"`, `\"yellow\"`, `\"green\"`, `\"blue\"`, `\"purple\"`, `\"pink\"`, `\"red\"`, instead was `\"teal\"`.")]
    public async Task Invalid_schema_changes_are_refused(string properties, string message)
    {
        await using var api = await NotionApi.StartAsync();
        var ids = api.CreateMusicDatabase();

        var reply = await api.Patch($"/v1/data_sources/{ids.DataSourceId}", $$"""{"properties": {{properties}} }""");

        reply.AssertError(400, "validation_error", message);
    }
}

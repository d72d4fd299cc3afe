using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using Xunit;

namespace SpotifySync.Core.Tests.Notion;

/// <summary>The Notion DTOs read the 2025-09-03 fixtures and write the request bodies of the reference, key for key.</summary>
public sealed class NotionModelTests
{
    private static readonly JsonSerializerSettings WithoutNulls = new() { NullValueHandling = NullValueHandling.Ignore };

    private static JToken Written(object request) => JToken.Parse(JsonConvert.SerializeObject(request, WithoutNulls));

    [Fact]
    public void Database_lists_its_data_sources()
    {
        var database = Fixtures.Read<NotionDatabase>("notion/database-retrieve.2025-09-03.json");

        Assert.Equal("248104cd-477e-80fd-b757-e945d38000bd", database.Id);
        Assert.Equal("Spotify Library", NotionText.PlainText(database.Title));
        var source = Assert.Single(database.DataSources!);
        Assert.Equal("bc1211ca-e3f1-4939-ae34-5260b16f627c", source.Id);
        Assert.Equal("Tracks", source.Name);
    }

    [Fact]
    public void Data_source_schema_has_each_property_with_its_type()
    {
        var dataSource = Fixtures.Read<NotionDataSource>("notion/data-source-retrieve.music.synthesized.json");

        Assert.Equal("bc1211ca-e3f1-4939-ae34-5260b16f627c", dataSource.Id);
        Assert.Equal("248104cd-477e-80fd-b757-e945d38000bd", dataSource.Parent!.DatabaseId);
        var types = dataSource.Properties!.ToDictionary(p => p.Key, p => p.Value.Type);
        Assert.Equal("title", types["Name"]);
        Assert.Equal("rich_text", types["Spotify ID"]);
        Assert.Equal("relation", types["Album"]);
        Assert.Equal(new[] { "album", "single" }, dataSource.Properties!["Album type"].Select!.Options!.Select(o => o.Name));
        Assert.Equal("number", dataSource.Properties!["Popularity"].Number!.Format);
    }

    [Fact]
    public void Query_result_reads_pages_values_and_the_cursor()
    {
        var result = Fixtures.Read<NotionQueryResult>("notion/query-data-source.music-2-pages.synthesized.json");

        Assert.True(result.HasMore);
        Assert.Equal("2b3c4d5e-6f7a-4b2c-9d3e-4f5a6b7c8d9f", result.NextCursor);
        var page = result.Results![0];
        Assert.Equal("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d", page.Id);
        Assert.Equal("bc1211ca-e3f1-4939-ae34-5260b16f627c", page.Parent!.DataSourceId);
        Assert.False(page.InTrash);
        var properties = page.Properties!;
        Assert.Equal("Space Song", NotionText.PlainText(properties["Name"].Title));
        Assert.Equal("7H0ya83CMmgFcOhw0UB6ow", NotionText.PlainText(properties["Spotify ID"].RichText));
        Assert.Equal(78, properties["Popularity"].Number);
        Assert.True(properties["Liked"].Checkbox);
        Assert.Equal("album", properties["Album type"].Select!.Name);
        Assert.Equal(new[] { "dream pop", "indie pop" }, properties["Genres"].MultiSelect!.Select(o => o.Name));
        Assert.Equal("2026-09-19T21:34:00.000+00:00", properties["Added at"].Date!.Start);
        Assert.Equal("https://i.scdn.co/image/ab67616d0000b273example0001", page.Cover!.External!.Url);
    }

    [Fact]
    public void Incomplete_query_says_so()
    {
        var result = Fixtures.Read<NotionQueryResult>("notion/query-data-source.incomplete.sdk-test-shape.json");

        Assert.Equal("incomplete", result.RequestStatus!.Type);
        Assert.Equal("query_result_limit_reached", result.RequestStatus.IncompleteReason);
    }

    [Fact]
    public void Create_page_body_is_the_reference_request()
    {
        var request = new NotionCreatePageRequest
        {
            Parent = new NotionParent { Type = "data_source_id", DataSourceId = "bc1211ca-e3f1-4939-ae34-5260b16f627c" },
            Icon = new NotionFileObject { Type = "external", External = new NotionExternalFile { Url = "https://i.scdn.co/image/ab67616d00004851example0001" } },
            Cover = new NotionFileObject { Type = "external", External = new NotionExternalFile { Url = "https://i.scdn.co/image/ab67616d0000b273example0001" } },
            Properties = new Dictionary<string, NotionPropertyValue>
            {
                ["Name"] = NotionValues.Title("Space Song"),
                ["Spotify ID"] = NotionValues.RichText("7H0ya83CMmgFcOhw0UB6ow"),
                ["Artist"] = NotionValues.RichText("Beach House"),
                ["Spotify URL"] = NotionValues.Url("https://open.spotify.com/track/7H0ya83CMmgFcOhw0UB6ow"),
                ["Added at"] = NotionValues.Date("2026-09-19T21:34:12.000Z"),
                ["Popularity"] = NotionValues.Number(78),
                ["Liked"] = NotionValues.Checkbox(true),
                ["Album type"] = NotionValues.Select("album"),
                ["Genres"] = NotionValues.MultiSelect(new List<string> { "dream pop", "indie pop" }),
            },
        };
        var expected = Fixtures.Json("notion/create-page.request.json");
        // Relations are no value the sync writes.
        ((JObject)expected["properties"]!).Remove("Album");

        Assert.True(JToken.DeepEquals(expected, Written(request)), Written(request).ToString());
    }

    [Fact]
    public void Query_body_is_the_reference_request()
    {
        var request = new NotionQueryRequest
        {
            Filter = new NotionFilter
            {
                And = new List<NotionFilter>
                {
                    new() { Property = "Spotify ID", RichText = new NotionTextCondition { EqualTo = "7H0ya83CMmgFcOhw0UB6ow" } },
                    new() { Property = "Liked", Checkbox = new NotionCheckboxCondition { EqualTo = true } },
                    new() { Property = "Added at", Date = new NotionDateCondition { OnOrAfter = "2026-09-01" } },
                },
            },
            Sorts = new List<NotionSort>
            {
                new() { Property = "Added at", Direction = "descending" },
                new() { Timestamp = "created_time", Direction = "ascending" },
            },
            PageSize = 100,
        };

        Assert.True(JToken.DeepEquals(Fixtures.Json("notion/query-data-source.request.json"), Written(request)), Written(request).ToString());
    }

    [Fact]
    public void Dedupe_filter_is_an_or_of_rich_text_equals()
    {
        var filter = new NotionFilter
        {
            Or = new List<NotionFilter>
            {
                new() { Property = "Spotify ID", RichText = new NotionTextCondition { EqualTo = "a" } },
                new() { Property = "Spotify ID", RichText = new NotionTextCondition { EqualTo = "b" } },
            },
        };

        Assert.Equal("{\"or\":[{\"property\":\"Spotify ID\",\"rich_text\":{\"equals\":\"a\"}},{\"property\":\"Spotify ID\",\"rich_text\":{\"equals\":\"b\"}}]}",
            JsonConvert.SerializeObject(filter, WithoutNulls));
    }

    [Fact]
    public void Add_properties_body_is_the_reference_request()
    {
        var options = new List<NotionSelectOption>
        {
            new() { Name = "album", Color = "blue" }, new() { Name = "single", Color = "green" }, new() { Name = "compilation", Color = "gray" },
        };
        var request = new NotionUpdateDataSourceRequest
        {
            Properties = new Dictionary<string, NotionPropertySchema>
            {
                ["Spotify ID"] = new() { RichText = new NotionEmptyConfiguration() },
                ["Spotify URL"] = new() { Url = new NotionEmptyConfiguration() },
                ["Added at"] = new() { Date = new NotionEmptyConfiguration() },
                ["Popularity"] = new() { Number = new NotionNumberConfiguration { Format = "number" } },
                ["Liked"] = new() { Checkbox = new NotionEmptyConfiguration() },
                ["Album type"] = new() { Select = new NotionOptionsConfiguration { Options = options } },
                ["Genres"] = new() { MultiSelect = new NotionOptionsConfiguration() },
            },
        };
        var expected = Fixtures.Json("notion/update-data-source.add-properties.request.json");
        ((JObject)expected["properties"]!).Remove("Album");
        // An options configuration without options is written {} as the reference does.
        Assert.True(JToken.DeepEquals(expected, Written(request)), Written(request).ToString());
    }

    [Fact]
    public void Error_of_a_saved_write_carries_the_committed_page_id()
    {
        var body = NotionErrors.Body("{\"object\":\"error\",\"status\":503,\"code\":\"service_unavailable\",\"message\":\"saved\",\"additional_data\":{\"committed_resource_id\":\"1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d\",\"retry_guidance\":[\"Do not repeat the write.\"]}}")!;

        Assert.Equal(503, body.Status);
        Assert.Equal("service_unavailable", body.Code);
        Assert.Equal("1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d", body.AdditionalData!.CommittedResourceId);
    }

    [Fact]
    public void Rate_limit_error_reads_reason_and_retry_after()
    {
        var body = NotionErrors.Body(Fixtures.Text("notion/error.rate_limited.current-docs-shape.json"))!;

        Assert.Equal("rate_limited", body.Code);
        Assert.Equal("public_api_request_rate_limit", body.AdditionalData!.RateLimitReason);
        Assert.Equal("17", body.AdditionalData.RetryAfter);
    }

    [Fact]
    public void Errors_name_the_fix_of_setup_mistakes()
    {
        var notFound = new NotionApiException(404, "object_not_found", "Could not find database", null, null);
        var unauthorized = new NotionApiException(401, "unauthorized", "API token is invalid.", null, null);

        Assert.Equal("Notion answered 404 object_not_found: Could not find database Share the database with the integration (the database's ••• menu → Connections) and check the ID.", notFound.Message);
        Assert.Contains("NOTION_TOKEN", unauthorized.Message);
        Assert.Null(NotionErrors.Body("<html>Cloudflare</html>"));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// <c>POST /v1/data_sources/{id}/query</c>: filter, sorts, pages of at most 100 with opaque cursors, and the cap
/// of 10,000 results per query, past which <c>has_more</c> turns false and every page says
/// <c>request_status: {type: "incomplete", incomplete_reason: "query_result_limit_reached"}</c>.
/// Pages in the trash are left out. The cursor is the id of the first page of the next batch, so pages created
/// between two requests neither repeat nor hide the ones after them.
/// </summary>
internal static class NotionQuery
{
    public const int MaxPageSize = 100;
    public const int ResultCap = 10_000;

    public static JsonObject Run(NotionDataSource dataSource, JsonObject body, NotionVersion version, DateTimeOffset now, IReadOnlyCollection<string>? only)
    {
        var pageSize = PageSize(body["page_size"]);
        var filter = NotionQueryFilter.Parse(body["filter"], dataSource, now);
        var results = NotionQuerySorts.Apply(dataSource.Pages.Where(p => !p.InTrash && filter(p)), body["sorts"], dataSource);
        var capped = results.Count > ResultCap;
        if (capped) results.RemoveRange(ResultCap, results.Count - ResultCap);
        var start = Start(body["start_cursor"], results);
        var batch = results.Skip(start).Take(pageSize).ToList();
        var hasMore = start + batch.Count < results.Count;
        var list = new JsonObject
        {
            ["object"] = "list",
            ["results"] = new JsonArray(batch.Select(p => (JsonNode)NotionJson.Page(p, version, only)).ToArray()),
            ["next_cursor"] = hasMore ? results[start + batch.Count].Id : null,
            ["has_more"] = hasMore,
            ["type"] = "page_or_data_source",
            ["page_or_data_source"] = new JsonObject(),
        };
        if (capped)
        {
            list["request_status"] = new JsonObject { ["type"] = "incomplete", ["incomplete_reason"] = "query_result_limit_reached" };
        }
        return list;
    }

    private static int PageSize(JsonNode? value)
    {
        if (value is null) return MaxPageSize;
        if (value.GetValueKind() != JsonValueKind.Number || !value.AsValue().TryGetValue(out int size)) throw NotionError.Body("body.page_size", "should be an integer", value);
        if (size > MaxPageSize) throw NotionError.TooLong("body.page_size", MaxPageSize, size);
        if (size < 1) throw NotionError.Validation($"body failed validation: body.page_size should be ≥ `1`, instead was `{size}`.");
        return size;
    }

    private static int Start(JsonNode? cursor, List<NotionPage> results)
    {
        if (cursor is null) return 0;
        var text = cursor is JsonValue value && value.TryGetValue(out string? s) ? s : throw NotionError.Body("body.start_cursor", "should be a string", cursor);
        var id = NotionIds.Normalize(text);
        var index = id is null ? -1 : results.FindIndex(p => p.Id == id);
        return index >= 0 ? index : throw NotionError.Validation($"start_cursor provided is invalid: {text}");
    }
}

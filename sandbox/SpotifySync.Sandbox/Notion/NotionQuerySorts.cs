using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// A query's <c>sorts</c>: by property or by <c>created_time</c>/<c>last_edited_time</c>, earlier sorts winning.
/// Empty values sort last in either direction, select options sort in schema order, text ignoring case.
/// Without sorts (Notion promises no order) pages come in creation order.
/// </summary>
internal static class NotionQuerySorts
{
    public static List<NotionPage> Apply(IEnumerable<NotionPage> pages, JsonNode? sorts, NotionDataSource dataSource)
    {
        if (sorts is null) return pages.ToList();
        if (sorts is not JsonArray list) throw NotionError.Body("body.sorts", "should be an array", sorts);
        if (list.Count > NotionQueryFilter.MaxCompoundItems) throw NotionError.TooLong("body.sorts.length", NotionQueryFilter.MaxCompoundItems, list.Count);
        var keys = list.Select((sort, i) => Key(sort, $"body.sorts[{i}]", dataSource)).ToList();
        var ordered = pages.Select((page, index) => (page, index)).ToList();
        ordered.Sort((a, b) =>
        {
            foreach (var (key, descending) in keys)
            {
                var (x, y) = (key(a.page), key(b.page));
                var order = x is null || y is null ? (x is null).CompareTo(y is null) : descending ? y.CompareTo(x) : x.CompareTo(y);
                if (order != 0) return order;
            }
            return a.index.CompareTo(b.index);
        });
        return ordered.Select(o => o.page).ToList();
    }

    private static (Func<NotionPage, IComparable?> Key, bool Descending) Key(JsonNode? sort, string path, NotionDataSource dataSource)
    {
        if (sort is not JsonObject order) throw NotionError.Body(path, "should be an object", sort);
        var direction = (string?)order["direction"];
        if (direction is not ("ascending" or "descending")) throw NotionError.Body(path + ".direction", "should be `\"ascending\"` or `\"descending\"`", order["direction"]);
        var descending = direction == "descending";
        if (order.ContainsKey("timestamp"))
        {
            return (string?)order["timestamp"] switch
            {
                "created_time" => (page => page.CreatedTime, descending),
                "last_edited_time" => (page => page.LastEditedTime, descending),
                _ => throw NotionError.Body(path + ".timestamp", "should be `\"created_time\"` or `\"last_edited_time\"`", order["timestamp"]),
            };
        }
        var name = (string?)order["property"] ?? throw NotionError.Missing(path + ".property");
        var property = dataSource.Find(name) ?? throw NotionError.Validation($"Could not find sort property with name or id: {name}");
        return (page => Comparable(property, page), descending);
    }

    private static IComparable? Comparable(NotionProperty property, NotionPage page)
    {
        var value = NotionPropertyValues.ToPlain(property, page);
        if (value is string selected && property.Type == "select") return OptionRank(property, selected);
        return value switch
        {
            null => null,
            string text when text.Length == 0 => null,
            string text => text.ToUpperInvariant(),
            NotionDate date => NotionDateValue.TryParse(date.Start, out var at, out _) ? at : null,
            IReadOnlyList<string> names when names.Count == 0 => null,
            IReadOnlyList<string> names when property.Type == "multi_select" => OptionRank(property, names[0]),
            IReadOnlyList<string> ids => ids[0],
            IComparable comparable => comparable,
            _ => null,
        };
    }

    private static int OptionRank(NotionProperty property, string name) =>
        property.Options.Select((o, i) => ((string?)o?["name"], i)).First(o => o.Item1 == name).i;
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// Page property values: a write validated as Notion validates it and turned into the value responses show,
/// the empty value of each type, and the plain .NET value tests read.
/// </summary>
internal sealed class NotionPropertyValues(NotionSelectOptions options)
{
    public const int MaxUrl = 2000;
    public const int MaxEmailOrPhone = 200;
    public const int MaxRelations = 100;

    /// <summary>The property types this simulator keeps: the ones a page write can set, and the two it computes.</summary>
    public static readonly string[] Types =
        ["title", "rich_text", "number", "select", "multi_select", "date", "checkbox", "url", "email", "phone_number", "relation", "created_time", "last_edited_time"];

    private static readonly string[] Computed = ["created_time", "last_edited_time"];

    public static JsonNode? Empty(string type) => type switch
    {
        "title" or "rich_text" or "multi_select" or "relation" => new JsonArray(),
        "checkbox" => false,
        _ => null,
    };

    /// <summary>
    /// Writes <paramref name="value"/> (the object sent for the property, e.g. <c>{"number": 78}</c>) and returns
    /// the stored value; adds unknown select options to the schema as Notion does.
    /// </summary>
    public JsonNode? Write(NotionProperty property, JsonObject value, string path)
    {
        var type = property.Type;
        var typed = $"{path}.{type}";
        var written = value[type];
        if (Computed.Contains(type)) throw NotionError.NotPresent(typed, written);
        return type switch
        {
            "title" or "rich_text" => NotionRichText.Write(written, typed),
            "number" => written is null || written.GetValueKind() == JsonValueKind.Number
                ? written?.DeepClone()
                : throw NotionError.Body(typed, "should be a number or `null`", written),
            "checkbox" => written is not null && written.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? written.DeepClone()
                : throw NotionError.Body(typed, "should be a boolean", written),
            "url" => Text(written, typed, MaxUrl),
            "email" or "phone_number" => Text(written, typed, MaxEmailOrPhone),
            "date" => Date(written, typed),
            "select" => written is null ? null : NotionSelectOptions.AsValue(Option(property, written, typed, "select")),
            "multi_select" => MultiSelect(property, written, typed),
            "relation" => Relation(written, typed),
            _ => throw new InvalidOperationException($"Property type {type} has no writer."),
        };
    }

    /// <summary>The plain value of a stored property value, as <see cref="NotionPageSnapshot"/> hands it out.</summary>
    public static object? ToPlain(NotionProperty property, NotionPage page) => property.Type switch
    {
        "created_time" => page.CreatedTime,
        "last_edited_time" => page.LastEditedTime,
        _ => ToPlain(property.Type, page.Values.GetValueOrDefault(property.Id) ?? Empty(property.Type)),
    };

    public static object? ToPlain(string type, JsonNode? value) => type switch
    {
        "title" or "rich_text" => NotionRichText.PlainText(value),
        "number" => value is null ? null : value.GetValue<double>(),
        "checkbox" => value?.GetValue<bool>() ?? false,
        "url" or "email" or "phone_number" => (string?)value,
        "select" => (string?)value?["name"],
        "multi_select" => Names(value),
        "relation" => (value as JsonArray ?? []).Select(r => (string)r!["id"]!).ToArray(),
        "date" => value is null ? null : new NotionDate((string)value["start"]!, (string?)value["end"], (string?)value["time_zone"]),
        _ => null,
    };

    /// <summary>The request-shaped write of a plain value, as a person typing it into the Notion UI would set it.</summary>
    public static JsonObject FromPlain(string type, object? value) => new()
    {
        [type] = (type, value) switch
        {
            (_, null) => Empty(type),
            ("title" or "rich_text", string text) => NotionRichText.Plain(text),
            ("number", IConvertible number) => Convert.ToDouble(number, CultureInfo.InvariantCulture),
            ("checkbox", bool check) => check,
            ("url" or "email" or "phone_number", string text) => text,
            ("select", string name) => new JsonObject { ["name"] = name },
            ("multi_select", IEnumerable<string> names) => new JsonArray(names.Select(n => (JsonNode)new JsonObject { ["name"] = n }).ToArray()),
            ("relation", IEnumerable<string> ids) => new JsonArray(ids.Select(i => (JsonNode)new JsonObject { ["id"] = i }).ToArray()),
            ("date", NotionDate date) => new JsonObject { ["start"] = date.Start, ["end"] = date.End, ["time_zone"] = date.TimeZone },
            ("date", DateTimeOffset time) => new JsonObject { ["start"] = time.ToString("o", CultureInfo.InvariantCulture) },
            ("date", DateOnly day) => new JsonObject { ["start"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            _ => throw new ArgumentException($"A {type} property cannot hold a {value.GetType().Name}.", nameof(value)),
        },
    };

    private static string[] Names(JsonNode? value) => (value as JsonArray ?? []).Select(o => (string)o!["name"]!).ToArray();

    private static JsonNode? Text(JsonNode? written, string path, int limit)
    {
        if (written is null) return null;
        if (written is not JsonValue value || !value.TryGetValue(out string? text)) throw NotionError.Body(path, "should be a string or `null`", written);
        if (text.Length > limit) throw NotionError.TooLong(path + ".length", limit, text.Length);
        return text;
    }

    private static JsonNode? Date(JsonNode? written, string path)
    {
        if (written is null) return null;
        if (written is not JsonObject date) throw NotionError.Body(path, "should be an object or `null`", written);
        if (!date.ContainsKey("start")) throw NotionError.Missing(path + ".start");
        var start = NotionDateValue.Normalize(date["start"], path + ".start");
        var end = date["end"] is null ? null : NotionDateValue.Normalize(date["end"], path + ".end");
        var timeZone = date["time_zone"] is null ? null : (string?)date["time_zone"];
        return new JsonObject { ["start"] = start, ["end"] = end, ["time_zone"] = timeZone };
    }

    private JsonObject Option(NotionProperty property, JsonNode? written, string path, string type)
    {
        if (written is not JsonObject option) throw NotionError.Body(path, "should be an object", written);
        if (option.ContainsKey("name"))
        {
            var name = NotionSelectOptions.CheckName(option["name"], path, type);
            var color = option["color"] is null ? null : NotionSelectOptions.CheckColor(option["color"], path);
            return options.FindOrAdd(property, name, color);
        }
        if (option["id"] is JsonValue idValue && idValue.TryGetValue(out string? id))
        {
            return property.Option(null, id) ?? throw NotionError.Validation($"Could not find {type} option with id: {id}.");
        }
        throw NotionError.Missing(path + ".name");
    }

    private JsonArray MultiSelect(NotionProperty property, JsonNode? written, string path)
    {
        if (written is not JsonArray items) throw NotionError.Body(path, "should be an array", written);
        if (items.Count > MaxRelations) throw NotionError.TooLong(path + ".length", MaxRelations, items.Count);
        var chosen = new List<JsonObject>();
        for (var i = 0; i < items.Count; i++)
        {
            var option = Option(property, items[i], $"{path}[{i}]", "multi_select");
            if (!chosen.Contains(option)) chosen.Add(option);
        }
        return new JsonArray(chosen.Select(o => (JsonNode)NotionSelectOptions.AsValue(o)).ToArray());
    }

    private static JsonArray Relation(JsonNode? written, string path)
    {
        if (written is not JsonArray items) throw NotionError.Body(path, "should be an array", written);
        if (items.Count > MaxRelations) throw NotionError.TooLong(path + ".length", MaxRelations, items.Count);
        var related = new JsonArray();
        for (var i = 0; i < items.Count; i++)
        {
            var raw = items[i] is JsonObject item && item["id"] is JsonValue id && id.TryGetValue(out string? text) ? text : null;
            var normalized = NotionIds.Normalize(raw) ?? throw NotionError.Body($"{path}[{i}].id", "should be a valid uuid", items[i]?["id"]);
            related.Add(new JsonObject { ["id"] = normalized });
        }
        return related;
    }
}

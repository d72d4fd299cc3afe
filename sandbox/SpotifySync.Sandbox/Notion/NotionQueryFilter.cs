using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// A query's <c>filter</c>: property conditions per type, timestamp conditions, and <c>and</c>/<c>or</c>
/// compounds of at most 100 filters, nested at most two deep (a compound inside the top-level one).
/// Text <c>equals</c> is exact; <c>contains</c>, <c>starts_with</c> and <c>ends_with</c> ignore case.
/// </summary>
internal sealed class NotionQueryFilter
{
    public const int MaxCompoundItems = 100;
    public const int MaxCompoundDepth = 2;

    private static readonly string[] TextTypes = ["title", "rich_text", "url", "email", "phone_number"];
    private static readonly string[] DateOperators = ["equals", "before", "after", "on_or_before", "on_or_after", "is_empty", "is_not_empty",
        "past_week", "past_month", "past_year", "next_week", "next_month", "next_year"];

    private readonly NotionDataSource _dataSource;
    private readonly DateTimeOffset _now;

    private NotionQueryFilter(NotionDataSource dataSource, DateTimeOffset now)
    {
        _dataSource = dataSource;
        _now = now;
    }

    public static Func<NotionPage, bool> Parse(JsonNode? filter, NotionDataSource dataSource, DateTimeOffset now) =>
        filter is null ? _ => true : new NotionQueryFilter(dataSource, now).Parse(filter, "body.filter", 0);

    private Func<NotionPage, bool> Parse(JsonNode filter, string path, int depth)
    {
        if (filter is not JsonObject condition) throw NotionError.Body(path, "should be an object", filter);
        foreach (var compound in new[] { "and", "or" })
        {
            if (!condition.ContainsKey(compound)) continue;
            if (depth == MaxCompoundDepth) throw NotionError.NotPresent($"{path}.{compound}", condition[compound]);
            if (condition[compound] is not JsonArray items) throw NotionError.Body($"{path}.{compound}", "should be an array", condition[compound]);
            if (items.Count > MaxCompoundItems) throw NotionError.TooLong($"{path}.{compound}.length", MaxCompoundItems, items.Count);
            var parts = items.Select((item, i) => item is null
                ? throw NotionError.Body($"{path}.{compound}[{i}]", "should be an object", item)
                : Parse(item, $"{path}.{compound}[{i}]", depth + 1)).ToList();
            return compound == "and" ? page => parts.All(p => p(page)) : page => parts.Any(p => p(page));
        }
        if (condition.ContainsKey("timestamp")) return Timestamp(condition, path);
        if (condition["property"] is not JsonValue propertyName || !propertyName.TryGetValue(out string? name)) throw NotionError.Missing(path + ".property");
        var property = _dataSource.Find(name) ?? throw NotionError.Validation($"Could not find property with name or id: {name}");
        var type = condition.Select(p => p.Key).FirstOrDefault(k => k is not ("property" or "type")) ?? throw NotionError.Missing($"{path}.{property.Type}");
        var typePath = $"{path}.{type}";
        if (condition[type] is not JsonObject operation) throw NotionError.Body(typePath, "should be an object", condition[type]);
        var (op, operand) = operation.Count == 1 ? operation.First() : throw NotionError.Body(typePath, "should have exactly one condition", operation);
        var opPath = $"{typePath}.{op}";
        var matches = (TextTypes.Contains(type) && TextTypes.Contains(property.Type)) || type == property.Type;
        if (!matches) throw NotionError.Validation($"body failed validation: {typePath} does not match the type of property \"{property.Name}\" ({property.Type}).");
        Func<JsonNode?, bool> test = type switch
        {
            _ when TextTypes.Contains(type) => Text(op, operand, opPath),
            "number" => Number(op, operand, opPath),
            "checkbox" => Checkbox(op, operand, opPath),
            "select" => Select(op, operand, opPath),
            "multi_select" => Names(op, operand, opPath, v => (v as JsonArray ?? []).Select(o => (string?)o?["name"])),
            "relation" => Names(op, operand, opPath, v => (v as JsonArray ?? []).Select(o => (string?)o?["id"])),
            "date" => Date(op, operand, opPath, v => (string?)v?["start"]),
            _ => throw NotionError.NotPresent(typePath, operation),
        };
        return page => test(page.Values.GetValueOrDefault(property.Id) ?? NotionPropertyValues.Empty(property.Type));
    }

    private Func<NotionPage, bool> Timestamp(JsonObject condition, string path)
    {
        var kind = (string?)condition["timestamp"];
        if (kind is not ("created_time" or "last_edited_time")) throw NotionError.Body(path + ".timestamp", "should be `\"created_time\"` or `\"last_edited_time\"`", condition["timestamp"]);
        if (condition[kind] is not JsonObject operation || operation.Count != 1) throw NotionError.Missing($"{path}.{kind}");
        var (op, operand) = operation.First();
        var test = Date(op, operand, $"{path}.{kind}.{op}", v => (string?)v);
        return page => test(NotionTimestamps.Format(kind == "created_time" ? page.CreatedTime : page.LastEditedTime));
    }

    private static Func<JsonNode?, bool> Text(string op, JsonNode? operand, string path)
    {
        if (op is "is_empty" or "is_not_empty") return Emptiness(op, operand, path, v => Plain(v).Length == 0);
        var wanted = String(operand, path);
        return op switch
        {
            "equals" => v => Plain(v) == wanted,
            "does_not_equal" => v => Plain(v) != wanted,
            "contains" => v => Plain(v).Contains(wanted, StringComparison.OrdinalIgnoreCase),
            "does_not_contain" => v => !Plain(v).Contains(wanted, StringComparison.OrdinalIgnoreCase),
            "starts_with" => v => Plain(v).StartsWith(wanted, StringComparison.OrdinalIgnoreCase),
            "ends_with" => v => Plain(v).EndsWith(wanted, StringComparison.OrdinalIgnoreCase),
            _ => throw NotionError.NotPresent(path, operand),
        };
    }

    private static string Plain(JsonNode? value) => value is JsonArray ? NotionRichText.PlainText(value) : (string?)value ?? "";

    private static Func<JsonNode?, bool> Number(string op, JsonNode? operand, string path)
    {
        if (op is "is_empty" or "is_not_empty") return Emptiness(op, operand, path, v => v is null);
        if (operand is null || operand.GetValueKind() != JsonValueKind.Number) throw NotionError.Body(path, "should be a number", operand);
        var wanted = operand.GetValue<double>();
        Func<double, bool> compare = op switch
        {
            "equals" => n => n == wanted,
            "does_not_equal" => n => n != wanted,
            "greater_than" => n => n > wanted,
            "less_than" => n => n < wanted,
            "greater_than_or_equal_to" => n => n >= wanted,
            "less_than_or_equal_to" => n => n <= wanted,
            _ => throw NotionError.NotPresent(path, operand),
        };
        return v => v is null ? op == "does_not_equal" : compare(v.GetValue<double>());
    }

    private static Func<JsonNode?, bool> Checkbox(string op, JsonNode? operand, string path)
    {
        if (operand is null || operand.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)) throw NotionError.Body(path, "should be a boolean", operand);
        var wanted = operand.GetValue<bool>();
        return op switch
        {
            "equals" => v => (v?.GetValue<bool>() ?? false) == wanted,
            "does_not_equal" => v => (v?.GetValue<bool>() ?? false) != wanted,
            _ => throw NotionError.NotPresent(path, operand),
        };
    }

    private static Func<JsonNode?, bool> Select(string op, JsonNode? operand, string path)
    {
        if (op is "is_empty" or "is_not_empty") return Emptiness(op, operand, path, v => v is null);
        var wanted = String(operand, path);
        return op switch
        {
            "equals" => v => (string?)v?["name"] == wanted,
            "does_not_equal" => v => (string?)v?["name"] != wanted,
            _ => throw NotionError.NotPresent(path, operand),
        };
    }

    private static Func<JsonNode?, bool> Names(string op, JsonNode? operand, string path, Func<JsonNode?, IEnumerable<string?>> names)
    {
        if (op is "is_empty" or "is_not_empty") return Emptiness(op, operand, path, v => !names(v).Any());
        var wanted = String(operand, path);
        return op switch
        {
            "contains" => v => names(v).Contains(wanted),
            "does_not_contain" => v => !names(v).Contains(wanted),
            _ => throw NotionError.NotPresent(path, operand),
        };
    }

    private Func<JsonNode?, bool> Date(string op, JsonNode? operand, string path, Func<JsonNode?, string?> start)
    {
        if (!DateOperators.Contains(op)) throw NotionError.NotPresent(path, operand);
        if (op is "is_empty" or "is_not_empty") return Emptiness(op, operand, path, v => start(v) is null);
        if (op.StartsWith("past_", StringComparison.Ordinal) || op.StartsWith("next_", StringComparison.Ordinal))
        {
            if (operand is not JsonObject { Count: 0 }) throw NotionError.Body(path, "should be an object", operand);
            var span = op.EndsWith("week", StringComparison.Ordinal) ? _now.AddDays(7) - _now
                : op.EndsWith("month", StringComparison.Ordinal) ? _now.AddMonths(1) - _now : _now.AddYears(1) - _now;
            var (from, to) = op.StartsWith("past_", StringComparison.Ordinal) ? (_now - span, _now) : (_now, _now + span);
            return v => start(v) is { } s && NotionDateValue.TryParse(s, out var at, out _) && at >= from && at <= to;
        }
        var text = String(operand, path);
        if (!NotionDateValue.TryParse(text, out var wanted, out var withTime)) throw NotionError.Body(path, "should be a valid ISO 8601 date string", operand);
        var wantedDay = DateOnly.FromDateTime(wanted.UtcDateTime);
        return v =>
        {
            if (start(v) is not { } s || !NotionDateValue.TryParse(s, out var at, out _)) return false;
            // A date without a time compares calendar days; with a time, instants to the millisecond.
            var order = withTime ? at.CompareTo(wanted) : NotionDateValue.Day(s).CompareTo(wantedDay);
            return op switch
            {
                "equals" => order == 0,
                "before" => order < 0,
                "after" => order > 0,
                "on_or_before" => order <= 0,
                _ => order >= 0,
            };
        };
    }

    private static Func<JsonNode?, bool> Emptiness(string op, JsonNode? operand, string path, Func<JsonNode?, bool> isEmpty)
    {
        if (operand is null || operand.GetValueKind() != JsonValueKind.True) throw NotionError.Body(path, "should be `true`", operand);
        return op == "is_empty" ? isEmpty : v => !isEmpty(v);
    }

    private static string String(JsonNode? operand, string path) =>
        operand is JsonValue value && value.TryGetValue(out string? text) ? text : throw NotionError.Body(path, "should be a string", operand);
}

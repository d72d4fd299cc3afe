using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// The options of select and multi_select properties: names of at most 100 characters without commas, one of
/// Notion's colours, and the auto-creation of an unknown option named in a page write.
/// </summary>
internal sealed class NotionSelectOptions(NotionIds ids, Random colors)
{
    public const int MaxName = 100;

    public static readonly string[] Colors = ["default", "gray", "brown", "orange", "yellow", "green", "blue", "purple", "pink", "red"];

    /// <summary>Checks an option name written at <paramref name="path"/> (the option object's path).</summary>
    public static string CheckName(JsonNode? name, string path, string type)
    {
        if (name is not JsonValue value || !value.TryGetValue(out string? text)) throw NotionError.Body(path + ".name", "should be a string", name);
        if (text.Length > MaxName) throw NotionError.TooLong(path + ".name.length", MaxName, text.Length);
        if (text.Contains(',', StringComparison.Ordinal)) throw NotionError.Validation($"Invalid {type} option, commas not allowed: {text}");
        return text;
    }

    public static string CheckColor(JsonNode? color, string path)
    {
        var text = color is JsonValue value && value.TryGetValue(out string? s) ? s : null;
        if (text is null || !Colors.Contains(text))
        {
            throw NotionError.Body(path + ".color", "should be " + string.Join(", ", Colors.Select(c => $"`\"{c}\"`")), color);
        }
        return text;
    }

    /// <summary>The option named <paramref name="name"/>, added to the schema with a colour of Notion's choosing when it is new.</summary>
    public JsonObject FindOrAdd(NotionProperty property, string name, string? color = null)
    {
        var option = property.Option(name, null);
        if (option is not null) return option;
        option = new JsonObject
        {
            ["id"] = ids.NewId(),
            ["name"] = name,
            ["color"] = color ?? Colors[1 + colors.Next(Colors.Length - 1)],
            ["description"] = null,
        };
        property.Options.Add(option);
        return option;
    }

    /// <summary>An option as a page value shows it: <c>{id, name, color}</c>.</summary>
    public static JsonObject AsValue(JsonObject option) =>
        new() { ["id"] = (string?)option["id"], ["name"] = (string?)option["name"], ["color"] = (string?)option["color"] };
}

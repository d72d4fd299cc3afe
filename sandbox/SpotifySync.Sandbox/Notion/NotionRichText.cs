using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// Rich text arrays: validated as Notion validates a write (≤ 100 items, <c>text.content</c> and
/// <c>text.link.url</c> ≤ 2000 UTF-16 code units) and rendered with annotations, <c>plain_text</c> and <c>href</c>.
/// </summary>
internal static class NotionRichText
{
    public const int MaxItems = 100;
    public const int MaxContent = 2000;

    private static readonly string[] Annotations = ["bold", "italic", "strikethrough", "underline", "code"];

    public static JsonArray Plain(string text)
    {
        var array = new JsonArray();
        if (text.Length > 0) array.Add(Render(text, null, null));
        return array;
    }

    public static JsonArray Write(JsonNode? value, string path)
    {
        if (value is not JsonArray items) throw NotionError.Body(path, "should be an array", value);
        if (items.Count > MaxItems) throw NotionError.TooLong(path + ".length", MaxItems, items.Count);
        var written = new JsonArray();
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (items[i] is not JsonObject item) throw NotionError.Body(itemPath, "should be an object", items[i]);
            if (item["text"] is not JsonObject text) throw NotionError.Missing(itemPath + ".text");
            if (text["content"] is not JsonValue contentNode || !contentNode.TryGetValue(out string? content))
            {
                throw text.ContainsKey("content") ? NotionError.Body(itemPath + ".text.content", "should be a string", text["content"]) : NotionError.Missing(itemPath + ".text.content");
            }
            if (content.Length > MaxContent) throw NotionError.TooLong(itemPath + ".text.content.length", MaxContent, content.Length);
            string? link = null;
            if (text["link"] is JsonObject linkObject)
            {
                link = (string?)linkObject["url"] ?? throw NotionError.Missing(itemPath + ".text.link.url");
                if (link.Length > MaxContent) throw NotionError.TooLong(itemPath + ".text.link.url.length", MaxContent, link.Length);
            }
            written.Add(Render(content, link, item["annotations"] as JsonObject));
        }
        return written;
    }

    public static string PlainText(JsonNode? richText) =>
        richText is JsonArray items
            ? items.Aggregate(new StringBuilder(), (text, item) => text.Append((string?)item?["plain_text"])).ToString()
            : "";

    private static JsonObject Render(string content, string? link, JsonObject? annotations)
    {
        var rendered = new JsonObject();
        foreach (var name in Annotations) rendered[name] = (bool?)annotations?[name] ?? false;
        rendered["color"] = (string?)annotations?["color"] ?? "default";
        return new JsonObject
        {
            ["type"] = "text",
            ["text"] = new JsonObject { ["content"] = content, ["link"] = link is null ? null : new JsonObject { ["url"] = link } },
            ["annotations"] = rendered,
            ["plain_text"] = content,
            ["href"] = link,
        };
    }
}

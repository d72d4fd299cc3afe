using System.Linq;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// One property of a data source's schema. <see cref="Config"/> is the type's configuration as responses show it
/// (<c>{"format":"number"}</c>, <c>{"options":[…]}</c>, <c>{}</c>).
/// </summary>
internal sealed class NotionProperty(string id, string name, string type, JsonObject config)
{
    public string Id { get; } = id;

    public string Name { get; set; } = name;

    public string Type { get; set; } = type;

    public JsonObject Config { get; set; } = config;

    /// <summary>The select or multi_select options, in schema order.</summary>
    public JsonArray Options => Config["options"] as JsonArray ?? (JsonArray)(Config["options"] = new JsonArray());

    public JsonObject? Option(string? name, string? id) =>
        Options.OfType<JsonObject>().FirstOrDefault(o => name is not null ? (string?)o["name"] == name : (string?)o["id"] == id);
}

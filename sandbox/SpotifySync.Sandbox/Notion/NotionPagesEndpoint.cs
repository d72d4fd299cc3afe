using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// <c>POST /v1/pages</c>, <c>GET /v1/pages/{id}</c> and <c>PATCH /v1/pages/{id}</c> for pages in data sources.
/// A page is created under <c>parent.data_source_id</c>, or under <c>parent.database_id</c> while the database has
/// one data source. Block content (<c>children</c>, <c>markdown</c>) is accepted and not kept.
/// </summary>
internal sealed class NotionPagesEndpoint(NotionWorkspace workspace)
{
    public const string TrashedEditMessage = "Can't edit block that is archived. You must unarchive the block before editing.";

    public JsonObject Create(NotionCaller caller, JsonObject body)
    {
        lock (workspace.Gate)
        {
            var dataSource = Parent(caller, body);
            if (!body.ContainsKey("properties")) throw NotionError.Missing("body.properties");
            if (body["properties"] is not JsonObject properties) throw NotionError.Body("body.properties", "should be an object", body["properties"]);
            var page = new NotionPage(workspace.Ids.NewId(), dataSource, workspace.Now, workspace.BotUserId(caller.Token))
            {
                Icon = Icon(body, "icon"),
                Cover = Icon(body, "cover"),
            };
            workspace.WriteProperties(page, properties, "body.properties");
            workspace.Add(page);
            return NotionJson.Page(page, caller.Version);
        }
    }

    public JsonObject Retrieve(NotionCaller caller, string id, IReadOnlyCollection<string>? only)
    {
        lock (workspace.Gate)
        {
            return NotionJson.Page(workspace.SharedPage(NotionIds.FromPath("page_id", id), caller), caller.Version, only);
        }
    }

    public JsonObject Update(NotionCaller caller, string id, JsonObject body)
    {
        lock (workspace.Gate)
        {
            var page = workspace.SharedPage(NotionIds.FromPath("page_id", id), caller);
            var trash = Trash(caller, body);
            var edits = body.ContainsKey("properties") || body.ContainsKey("icon") || body.ContainsKey("cover");
            if (page.InTrash && trash != false && edits) throw NotionError.Validation(TrashedEditMessage);
            if (body.ContainsKey("properties"))
            {
                if (body["properties"] is not JsonObject properties) throw NotionError.Body("body.properties", "should be an object", body["properties"]);
                workspace.WriteProperties(page, properties, "body.properties");
            }
            if (body.ContainsKey("icon")) page.Icon = Icon(body, "icon");
            if (body.ContainsKey("cover")) page.Cover = Icon(body, "cover");
            if (trash is { } inTrash) page.InTrash = inTrash;
            workspace.Touch(page, workspace.BotUserId(caller.Token));
            return NotionJson.Page(page, caller.Version);
        }
    }

    /// <summary>The validation error Notion answers an old-version request about a database with several data sources.</summary>
    public static NotionError MultipleDataSources(NotionDatabase database) => NotionError.Validation(
        "Databases with multiple data sources are not supported in this API version.",
        NotionError.Details(
            ("error_type", "multiple_data_sources_for_database"),
            ("database_id", database.Id),
            ("child_data_source_ids", NotionError.Strings(database.DataSources.Select(d => d.Id))),
            ("minimum_api_version", NotionVersion.DataSources)));

    private NotionDataSource Parent(NotionCaller caller, JsonObject body)
    {
        if (!body.ContainsKey("parent")) throw NotionError.Missing("body.parent");
        if (body["parent"] is not JsonObject parent) throw NotionError.Body("body.parent", "should be an object", body["parent"]);
        if (parent.ContainsKey("data_source_id"))
        {
            return workspace.SharedDataSource(Id(parent, "data_source_id"), caller);
        }
        if (parent.ContainsKey("database_id"))
        {
            var database = workspace.SharedDatabase(Id(parent, "database_id"), caller);
            return database.DataSources.Count == 1 ? database.DataSources[0] : throw MultipleDataSources(database);
        }
        if (parent.ContainsKey("page_id")) throw NotionError.NotFound("page", Id(parent, "page_id"));
        throw NotionError.Missing("body.parent.data_source_id");
    }

    private static string Id(JsonObject parent, string key) =>
        NotionIds.Normalize(parent[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null)
        ?? throw NotionError.Body($"body.parent.{key}", "should be a valid uuid", parent[key]);

    /// <summary><c>in_trash</c>, or until 2026-03-11 also its older name <c>archived</c>.</summary>
    private static bool? Trash(NotionCaller caller, JsonObject body)
    {
        if (caller.Version.DropsArchived && body.ContainsKey("archived")) throw NotionError.NotPresent("body.archived", body["archived"]);
        var key = body.ContainsKey("in_trash") ? "in_trash" : body.ContainsKey("archived") ? "archived" : null;
        if (key is null) return null;
        return body[key]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            ? body[key]!.GetValue<bool>()
            : throw NotionError.Body($"body.{key}", "should be a boolean", body[key]);
    }

    /// <summary>An icon or cover: an external image (≤ 2000 characters of URL), an emoji (icons only), a file upload, or null.</summary>
    private static JsonNode? Icon(JsonObject body, string key)
    {
        var path = $"body.{key}";
        var value = body[key];
        if (value is null) return null;
        if (value is not JsonObject image) throw NotionError.Body(path, "should be an object or `null`", value);
        var kinds = key == "icon" ? new[] { "external", "emoji", "file_upload", "custom_emoji" } : ["external", "file_upload"];
        var kind = (string?)image["type"] ?? kinds.FirstOrDefault(image.ContainsKey) ?? throw NotionError.Missing(path + ".external");
        if (!kinds.Contains(kind) || image[kind] is null) throw NotionError.Missing($"{path}.{kind}");
        if (kind == "external")
        {
            var url = (string?)image["external"]?["url"] ?? throw NotionError.Missing(path + ".external.url");
            if (url.Length > NotionPropertyValues.MaxUrl) throw NotionError.TooLong(path + ".external.url.length", NotionPropertyValues.MaxUrl, url.Length);
        }
        return new JsonObject { ["type"] = kind, [kind] = image[kind]!.DeepClone() };
    }
}

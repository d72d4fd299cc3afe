using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// Changes a data source's schema as <c>PATCH /v1/data_sources/{id}</c> does: a new key with a type
/// configuration adds a property, <c>{"name": …}</c> renames one, a type configuration on an existing one
/// changes its type (not the title's) or its options, and <c>null</c> removes it. The type sub-object is
/// required (<c>{"date": {}}</c>); <c>{"type": "date"}</c> alone is refused.
/// </summary>
internal sealed class NotionSchemaEditor(NotionIds ids, NotionSelectOptions options, Func<string, NotionDataSource?> findDataSource)
{
    public void Apply(NotionDataSource dataSource, JsonObject properties, string path)
    {
        foreach (var (key, config) in properties)
        {
            var keyPath = $"{path}.{key}";
            var existing = dataSource.Find(key);
            if (config is null)
            {
                Remove(dataSource, existing ?? throw NotionError.Validation($"{key} is not a property that exists."));
                continue;
            }
            if (config is not JsonObject change) throw NotionError.Body(keyPath, "should be an object or `null`", config);
            var type = TypeOf(change, keyPath);
            var name = change["name"] is null ? null : (string?)change["name"] ?? throw NotionError.Body(keyPath + ".name", "should be a string", change["name"]);
            if (existing is null)
            {
                if (type is null) throw NotionError.Validation($"{key} is not a property that exists.");
                Add(dataSource, name ?? key, type, change[type], keyPath);
                continue;
            }
            if (name is not null && name != existing.Name)
            {
                if (dataSource.Find(name) is not null) throw NotionError.Validation($"A property named {name} already exists.");
                existing.Name = name;
            }
            if (type is not null) Retype(dataSource, existing, type, change[type], keyPath);
        }
    }

    private static string? TypeOf(JsonObject change, string path)
    {
        var types = change.Select(p => p.Key).Where(k => NotionPropertyValues.Types.Contains(k)).ToList();
        var declared = (string?)change["type"];
        if (declared is not null && !types.Contains(declared)) throw NotionError.Missing($"{path}.{declared}");
        if (types.Count > 1) throw NotionError.NotPresent($"{path}.{types[1]}", change[types[1]]);
        var unknown = change.Select(p => p.Key).FirstOrDefault(k => k is not ("name" or "type" or "description") && !types.Contains(k));
        if (unknown is not null) throw NotionError.NotPresent($"{path}.{unknown}", change[unknown]);
        return types.SingleOrDefault();
    }

    private void Add(NotionDataSource dataSource, string name, string type, JsonNode? config, string path)
    {
        if (type == "title" && dataSource.Properties.Any(p => p.Type == "title"))
        {
            throw NotionError.Validation("A data source can have only one title property.");
        }
        var property = new NotionProperty(type == "title" ? "title" : ids.NewPropertyId(), name, type, new JsonObject());
        Configure(property, config, path);
        dataSource.Properties.Add(property);
    }

    private void Retype(NotionDataSource dataSource, NotionProperty property, string type, JsonNode? config, string path)
    {
        if (type != property.Type)
        {
            if (property.Type == "title" || type == "title") throw NotionError.Validation("Cannot change the type of the title property.");
            property.Type = type;
            property.Config = new JsonObject();
            foreach (var page in dataSource.Pages) page.Values.Remove(property.Id);
        }
        Configure(property, config, path);
    }

    private static void Remove(NotionDataSource dataSource, NotionProperty property)
    {
        if (property.Type == "title") throw NotionError.Validation("Cannot delete the title property.");
        dataSource.Properties.Remove(property);
        foreach (var page in dataSource.Pages) page.Values.Remove(property.Id);
    }

    private void Configure(NotionProperty property, JsonNode? config, string path)
    {
        var typed = $"{path}.{property.Type}";
        if (config is not JsonObject settings) throw NotionError.Body(typed, "should be an object", config);
        switch (property.Type)
        {
            case "number":
                property.Config["format"] = (string?)settings["format"] ?? (string?)property.Config["format"] ?? "number";
                break;
            case "select" or "multi_select":
                AddOptions(property, settings["options"], typed + ".options");
                break;
            case "relation":
                property.Config = Relation(settings, typed);
                break;
        }
    }

    private void AddOptions(NotionProperty property, JsonNode? given, string path)
    {
        property.Config["options"] ??= new JsonArray();
        if (given is null) return;
        if (given is not JsonArray list) throw NotionError.Body(path, "should be an array", given);
        if (list.Count > NotionPropertyValues.MaxRelations) throw NotionError.TooLong(path + ".length", NotionPropertyValues.MaxRelations, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var optionPath = $"{path}[{i}]";
            if (list[i] is not JsonObject option) throw NotionError.Body(optionPath, "should be an object", list[i]);
            var name = NotionSelectOptions.CheckName(option["name"], optionPath, property.Type);
            var color = option["color"] is null ? null : NotionSelectOptions.CheckColor(option["color"], optionPath);
            var kept = options.FindOrAdd(property, name, color);
            if (color is not null) kept["color"] = color;
        }
    }

    /// <summary>A relation names its target by data source since 2025-09-03; the response adds the target's database.</summary>
    private JsonObject Relation(JsonObject settings, string path)
    {
        if (settings.ContainsKey("database_id")) throw NotionError.NotPresent(path + ".database_id", settings["database_id"]);
        var raw = (string?)settings["data_source_id"] ?? throw NotionError.Missing(path + ".data_source_id");
        var target = findDataSource(NotionIds.Normalize(raw) ?? "") ?? throw NotionError.NotFound("data_source", raw);
        var kind = (string?)settings["type"] ?? "single_property";
        if (kind is not ("single_property" or "dual_property")) throw NotionError.Body(path + ".type", "should be `\"single_property\"` or `\"dual_property\"`", settings["type"]);
        return new JsonObject { ["database_id"] = target.Database.Id, ["data_source_id"] = target.Id, ["type"] = kind, [kind] = new JsonObject() };
    }
}

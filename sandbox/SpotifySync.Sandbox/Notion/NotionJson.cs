using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// Databases, data sources and pages in the response shapes of the API version a request names: data source
/// parents since 2025-09-03, <c>archived</c> alongside <c>in_trash</c> until 2026-03-11.
/// </summary>
internal static class NotionJson
{
    public static JsonObject User(string id) => new() { ["object"] = "user", ["id"] = id };

    public static JsonObject Database(NotionDatabase database, NotionVersion version)
    {
        var json = new JsonObject
        {
            ["object"] = "database",
            ["id"] = database.Id,
            ["title"] = NotionRichText.Plain(database.Title),
            ["description"] = new JsonArray(),
            ["parent"] = new JsonObject { ["type"] = "page_id", ["page_id"] = database.ParentPageId },
            ["is_inline"] = false,
            ["in_trash"] = false,
        };
        if (!version.DropsArchived) json["archived"] = false;
        json["is_locked"] = false;
        json["created_time"] = NotionTimestamps.Format(database.CreatedTime);
        json["last_edited_time"] = NotionTimestamps.Format(database.LastEditedTime);
        if (version.HasDataSources)
        {
            json["data_sources"] = new JsonArray(database.DataSources.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["name"] = d.Name }).ToArray());
        }
        else
        {
            json["properties"] = Schema(database.DataSources.Single());
        }
        json["icon"] = null;
        json["cover"] = null;
        json["url"] = $"https://www.notion.so/{NotionIds.Undashed(database.Id)}";
        json["public_url"] = null;
        return json;
    }

    public static JsonObject DataSource(NotionDataSource dataSource, NotionVersion version)
    {
        var json = new JsonObject
        {
            ["object"] = "data_source",
            ["id"] = dataSource.Id,
            ["title"] = NotionRichText.Plain(dataSource.Name),
            ["description"] = new JsonArray(),
            ["parent"] = new JsonObject { ["type"] = "database_id", ["database_id"] = dataSource.Database.Id },
            ["database_parent"] = new JsonObject { ["type"] = "page_id", ["page_id"] = dataSource.Database.ParentPageId },
            ["is_inline"] = false,
        };
        if (!version.DropsArchived) json["archived"] = false;
        json["in_trash"] = false;
        json["created_time"] = NotionTimestamps.Format(dataSource.CreatedTime);
        json["last_edited_time"] = NotionTimestamps.Format(dataSource.LastEditedTime);
        json["created_by"] = User(dataSource.CreatedBy);
        json["last_edited_by"] = User(dataSource.LastEditedBy);
        json["properties"] = Schema(dataSource);
        json["icon"] = null;
        json["cover"] = null;
        json["url"] = $"https://www.notion.so/{NotionIds.Undashed(dataSource.Id)}";
        json["public_url"] = null;
        return json;
    }

    /// <param name="only">Property ids to include (<c>filter_properties</c>); every property when null.</param>
    public static JsonObject Page(NotionPage page, NotionVersion version, IReadOnlyCollection<string>? only = null)
    {
        var dataSource = page.DataSource;
        var json = new JsonObject
        {
            ["object"] = "page",
            ["id"] = page.Id,
            ["created_time"] = NotionTimestamps.Format(page.CreatedTime),
            ["last_edited_time"] = NotionTimestamps.Format(page.LastEditedTime),
            ["created_by"] = User(page.CreatedBy),
            ["last_edited_by"] = User(page.LastEditedBy),
            ["cover"] = page.Cover?.DeepClone(),
            ["icon"] = page.Icon?.DeepClone(),
            ["parent"] = version.HasDataSources
                ? new JsonObject { ["type"] = "data_source_id", ["data_source_id"] = dataSource.Id, ["database_id"] = dataSource.Database.Id }
                : new JsonObject { ["type"] = "database_id", ["database_id"] = dataSource.Database.Id },
            ["in_trash"] = page.InTrash,
        };
        if (!version.DropsArchived) json["archived"] = page.InTrash;
        json["is_archived"] = false;
        json["is_locked"] = false;
        var properties = new JsonObject();
        foreach (var property in dataSource.Properties.Where(p => only is null || only.Contains(p.Id) || only.Contains(p.Name)))
        {
            properties[property.Name] = Value(property, page);
        }
        json["properties"] = properties;
        json["url"] = $"https://www.notion.so/{Slug(page)}{NotionIds.Undashed(page.Id)}";
        json["public_url"] = null;
        return json;
    }

    private static JsonObject Value(NotionProperty property, NotionPage page)
    {
        var value = property.Type switch
        {
            "created_time" => NotionTimestamps.Format(page.CreatedTime),
            "last_edited_time" => NotionTimestamps.Format(page.LastEditedTime),
            _ => (page.Values.GetValueOrDefault(property.Id) ?? NotionPropertyValues.Empty(property.Type))?.DeepClone(),
        };
        var json = new JsonObject { ["id"] = property.Id, ["type"] = property.Type, [property.Type] = value };
        if (property.Type == "relation") json["has_more"] = false;
        return json;
    }

    private static JsonObject Schema(NotionDataSource dataSource)
    {
        var properties = new JsonObject();
        foreach (var property in dataSource.Properties)
        {
            properties[property.Name] = new JsonObject
            {
                ["id"] = property.Id,
                ["name"] = property.Name,
                ["description"] = null,
                ["type"] = property.Type,
                [property.Type] = property.Config.DeepClone(),
            };
        }
        return properties;
    }

    /// <summary>The title's words joined by dashes, as page URLs begin; nothing for an untitled page.</summary>
    private static string Slug(NotionPage page)
    {
        var title = page.DataSource.Properties.FirstOrDefault(p => p.Type == "title") is { } property
            ? NotionRichText.PlainText(page.Values.GetValueOrDefault(property.Id))
            : "";
        var slug = new StringBuilder();
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var words = slug.ToString().Trim('-');
        return words.Length == 0 ? "" : words + "-";
    }
}

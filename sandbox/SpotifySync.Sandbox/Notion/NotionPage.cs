using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>A page (row) of a data source. Values are kept per property id in the shape responses show them.</summary>
internal sealed class NotionPage(string id, NotionDataSource dataSource, DateTimeOffset createdTime, string createdBy)
{
    public string Id { get; } = id;

    public NotionDataSource DataSource { get; } = dataSource;

    public DateTimeOffset CreatedTime { get; } = createdTime;

    public DateTimeOffset LastEditedTime { get; set; } = createdTime;

    public string CreatedBy { get; } = createdBy;

    public string LastEditedBy { get; set; } = createdBy;

    public bool InTrash { get; set; }

    public JsonNode? Icon { get; set; }

    public JsonNode? Cover { get; set; }

    /// <summary>By property id; a property with no entry holds its empty value.</summary>
    public Dictionary<string, JsonNode?> Values { get; } = new(StringComparer.Ordinal);
}

using System;
using System.Collections.Generic;

namespace SpotifySync.Sandbox.Notion;

/// <summary>A database: since 2025-09-03 a container of one or more data sources, shared with some integrations.</summary>
internal sealed class NotionDatabase(string id, string title, string parentPageId, DateTimeOffset createdTime)
{
    public string Id { get; } = id;

    public string Title { get; set; } = title;

    public string ParentPageId { get; } = parentPageId;

    public DateTimeOffset CreatedTime { get; } = createdTime;

    public DateTimeOffset LastEditedTime { get; set; } = createdTime;

    public List<NotionDataSource> DataSources { get; } = [];

    /// <summary>The integration tokens the database is shared with; anything else gets a 404 for it and what it holds.</summary>
    public HashSet<string> SharedWith { get; } = new(StringComparer.Ordinal);
}

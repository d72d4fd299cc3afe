using System;
using System.Collections.Generic;
using System.Linq;

namespace SpotifySync.Sandbox.Notion;

/// <summary>A data source: a schema of properties and the pages (rows) under it.</summary>
internal sealed class NotionDataSource(string id, string name, NotionDatabase database, DateTimeOffset createdTime, string createdBy)
{
    public string Id { get; } = id;

    public string Name { get; set; } = name;

    public NotionDatabase Database { get; } = database;

    public DateTimeOffset CreatedTime { get; } = createdTime;

    public DateTimeOffset LastEditedTime { get; set; } = createdTime;

    public string CreatedBy { get; } = createdBy;

    public string LastEditedBy { get; set; } = createdBy;

    /// <summary>In the order they were added, which is the order responses list them in.</summary>
    public List<NotionProperty> Properties { get; } = [];

    /// <summary>In creation order.</summary>
    public List<NotionPage> Pages { get; } = [];

    /// <summary>A property by name or by id, as every request may name it.</summary>
    public NotionProperty? Find(string nameOrId) =>
        Properties.FirstOrDefault(p => p.Name == nameOrId) ?? Properties.FirstOrDefault(p => p.Id == nameOrId);
}

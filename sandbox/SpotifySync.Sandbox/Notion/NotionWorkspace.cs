using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// The simulated workspace: databases, their data sources and pages, and which integrations each database is
/// shared with. Tests build it, act in it as a person in the Notion UI would, and read it back as plain values;
/// the API routes work on the same state. Every change is made under one lock.
/// </summary>
public sealed class NotionWorkspace
{
    private readonly SandboxTime _time;
    private readonly NotionIds _ids;
    private readonly NotionSchemaEditor _schema;
    private readonly Dictionary<string, string> _botUsers = new(StringComparer.Ordinal);
    private readonly List<NotionDatabase> _databases = [];
    private readonly Dictionary<string, NotionDataSource> _dataSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NotionPage> _pages = new(StringComparer.Ordinal);

    internal NotionWorkspace(IEnumerable<string> tokens, SandboxTime time, SandboxRandom random)
    {
        _time = time;
        _ids = new NotionIds(random.For("notion-ids"));
        var options = new NotionSelectOptions(_ids, random.For("notion-option-colors"));
        Values = new NotionPropertyValues(options);
        _schema = new NotionSchemaEditor(_ids, options, FindDataSource);
        PersonUserId = _ids.NewId();
        foreach (var token in tokens) _botUsers[token] = _ids.NewId();
        WorkspacePageId = _ids.NewId();
    }

    internal object Gate { get; } = new();

    internal NotionIds Ids => _ids;

    internal NotionPropertyValues Values { get; }

    internal NotionSchemaEditor Schema => _schema;

    /// <summary>The user a person's edits in the UI are attributed to (<c>last_edited_by</c>).</summary>
    public string PersonUserId { get; }

    /// <summary>The page new databases are created in.</summary>
    public string WorkspacePageId { get; }

    /// <summary>The bot user of the integration with <paramref name="token"/>, which its writes are attributed to.</summary>
    public string BotUserId(string token) => _botUsers[token];

    internal bool IsToken(string token) => _botUsers.ContainsKey(token);

    internal DateTimeOffset Now => NotionTimestamps.ToMinute(_time.Now);

    /// <summary>
    /// Creates a database with one data source whose schema is <paramref name="propertiesJson"/>, written as the
    /// <c>properties</c> of <c>PATCH /v1/data_sources/{id}</c> (e.g. <c>{"Name":{"title":{}},"Liked":{"checkbox":{}}}</c>).
    /// It is shared with <paramref name="sharedWith"/>, or with every integration when null.
    /// </summary>
    public NotionDatabaseIds CreateDatabase(string title, string propertiesJson, IEnumerable<string>? sharedWith = null)
    {
        lock (Gate)
        {
            var database = new NotionDatabase(_ids.NewId(), title, WorkspacePageId, Now);
            foreach (var token in sharedWith ?? _botUsers.Keys) database.SharedWith.Add(token);
            _databases.Add(database);
            return new NotionDatabaseIds(database.Id, AddDataSourceLocked(database, title, propertiesJson));
        }
    }

    /// <summary>Adds another data source to a database, as a person does with "Add data source".</summary>
    public string AddDataSource(string databaseId, string name, string propertiesJson)
    {
        lock (Gate)
        {
            return AddDataSourceLocked(Database(databaseId), name, propertiesJson);
        }
    }

    public void Share(string databaseId, string token)
    {
        lock (Gate)
        {
            Database(databaseId).SharedWith.Add(token);
        }
    }

    public void Unshare(string databaseId, string token)
    {
        lock (Gate)
        {
            Database(databaseId).SharedWith.Remove(token);
        }
    }

    /// <summary>The schema by property name: each property's type.</summary>
    public IReadOnlyDictionary<string, string> PropertyTypes(string dataSourceId)
    {
        lock (Gate)
        {
            return DataSource(dataSourceId).Properties.ToDictionary(p => p.Name, p => p.Type);
        }
    }

    /// <summary>The option names of a select or multi_select property, in schema order.</summary>
    public IReadOnlyList<string> OptionNames(string dataSourceId, string property)
    {
        lock (Gate)
        {
            return Property(DataSource(dataSourceId), property).Options.Select(o => (string)o!["name"]!).ToArray();
        }
    }

    /// <summary>The pages of a data source in creation order, without those in the trash unless asked.</summary>
    public IReadOnlyList<NotionPageSnapshot> Pages(string dataSourceId, bool includeTrashed = false)
    {
        lock (Gate)
        {
            return DataSource(dataSourceId).Pages.Where(p => includeTrashed || !p.InTrash).Select(Snapshot).ToArray();
        }
    }

    public NotionPageSnapshot Page(string pageId)
    {
        lock (Gate)
        {
            return Snapshot(PageRecord(pageId));
        }
    }

    /// <summary>Adds a page as a person would, with values in the plain forms <see cref="NotionPageSnapshot"/> describes.</summary>
    public string AddPage(string dataSourceId, IReadOnlyDictionary<string, object?> values)
    {
        lock (Gate)
        {
            var dataSource = DataSource(dataSourceId);
            var page = new NotionPage(_ids.NewId(), dataSource, Now, PersonUserId);
            WriteProperties(page, Plain(dataSource, values), "properties");
            Add(page);
            return page.Id;
        }
    }

    /// <summary>Sets one property as a person editing the page in the Notion UI: new options are created, the page's last edit is the person's.</summary>
    public void EditAsPerson(string pageId, string property, object? value)
    {
        lock (Gate)
        {
            var page = PageRecord(pageId);
            WriteProperties(page, Plain(page.DataSource, new Dictionary<string, object?> { [property] = value }), "properties");
            Touch(page, PersonUserId);
        }
    }

    /// <summary>Renames a property as a person would in the UI; the API sees the new name at once.</summary>
    public void RenameProperty(string dataSourceId, string property, string newName)
    {
        lock (Gate)
        {
            var dataSource = DataSource(dataSourceId);
            _schema.Apply(dataSource, new JsonObject { [Property(dataSource, property).Name] = new JsonObject { ["name"] = newName } }, "properties");
        }
    }

    public void Trash(string pageId) => SetTrashed(pageId, true);

    public void Restore(string pageId) => SetTrashed(pageId, false);

    /// <summary>Writes property values sent for a page, all or none: unknown names and wrong types are reported together.</summary>
    internal void WriteProperties(NotionPage page, JsonObject properties, string path)
    {
        var dataSource = page.DataSource;
        var problems = new List<string>();
        var targets = new List<(NotionProperty Property, JsonObject Value, string Path)>();
        foreach (var (key, node) in properties)
        {
            var propertyPath = $"{path}.{key}";
            var property = dataSource.Find(key);
            if (property is null)
            {
                problems.Add($"{key} is not a property that exists.");
                continue;
            }
            if (node is not JsonObject value) throw NotionError.Body(propertyPath, "should be an object", node);
            var sentType = (string?)value["type"] ?? value.Select(p => p.Key).FirstOrDefault(k => NotionPropertyValues.Types.Contains(k));
            if (sentType is null) throw NotionError.Missing($"{propertyPath}.{property.Type}");
            if (sentType != property.Type)
            {
                problems.Add($"{property.Name} is expected to be {property.Type}.");
                continue;
            }
            targets.Add((property, value, propertyPath));
        }
        if (problems.Count > 0) throw NotionError.Validation(string.Join(" ", problems));
        var written = targets.Select(t => (t.Property, Value: Values.Write(t.Property, t.Value, t.Path))).ToList();
        foreach (var (property, value) in written) page.Values[property.Id] = value;
    }

    internal void Add(NotionPage page)
    {
        page.DataSource.Pages.Add(page);
        _pages.Add(page.Id, page);
    }

    internal void Touch(NotionPage page, string userId)
    {
        page.LastEditedTime = Now;
        page.LastEditedBy = userId;
    }

    internal NotionDatabase SharedDatabase(string id, NotionCaller caller) =>
        _databases.FirstOrDefault(d => d.Id == id && d.SharedWith.Contains(caller.Token)) ?? throw NotionError.NotFound("database", id);

    internal NotionDataSource SharedDataSource(string id, NotionCaller caller) =>
        FindDataSource(id) is { } dataSource && dataSource.Database.SharedWith.Contains(caller.Token)
            ? dataSource
            : throw NotionError.NotFound("data_source", id);

    internal NotionPage SharedPage(string id, NotionCaller caller) =>
        FindPage(id) is { } page && page.DataSource.Database.SharedWith.Contains(caller.Token)
            ? page
            : throw NotionError.NotFound("page", id);

    private string AddDataSourceLocked(NotionDatabase database, string name, string propertiesJson)
    {
        var dataSource = new NotionDataSource(_ids.NewId(), name, database, Now, PersonUserId);
        var properties = JsonNode.Parse(propertiesJson) as JsonObject ?? throw new ArgumentException("The schema is a JSON object of properties.", nameof(propertiesJson));
        _schema.Apply(dataSource, properties, "properties");
        if (!dataSource.Properties.Any(p => p.Type == "title")) dataSource.Properties.Insert(0, new NotionProperty("title", "Name", "title", new JsonObject()));
        database.DataSources.Add(dataSource);
        _dataSources.Add(dataSource.Id, dataSource);
        return dataSource.Id;
    }

    private static JsonObject Plain(NotionDataSource dataSource, IReadOnlyDictionary<string, object?> values)
    {
        var properties = new JsonObject();
        foreach (var (name, value) in values)
        {
            properties[name] = NotionPropertyValues.FromPlain(Property(dataSource, name).Type, value);
        }
        return properties;
    }

    private void SetTrashed(string pageId, bool inTrash)
    {
        lock (Gate)
        {
            var page = PageRecord(pageId);
            page.InTrash = inTrash;
            Touch(page, PersonUserId);
        }
    }

    private NotionPageSnapshot Snapshot(NotionPage page) => new(
        page.Id, page.DataSource.Id, page.InTrash, page.CreatedTime, page.LastEditedTime, page.CreatedBy, page.LastEditedBy,
        page.DataSource.Properties.ToDictionary(p => p.Name, p => NotionPropertyValues.ToPlain(p, page)));

    private NotionDataSource? FindDataSource(string id) => _dataSources.GetValueOrDefault(id);

    private NotionPage? FindPage(string id) => _pages.GetValueOrDefault(id);

    private NotionDatabase Database(string id) =>
        _databases.FirstOrDefault(d => d.Id == NotionIds.Normalize(id)) ?? throw new KeyNotFoundException($"No database {id} in the workspace.");

    private NotionDataSource DataSource(string id) =>
        FindDataSource(NotionIds.Normalize(id) ?? id) ?? throw new KeyNotFoundException($"No data source {id} in the workspace.");

    private NotionPage PageRecord(string id) =>
        FindPage(NotionIds.Normalize(id) ?? id) ?? throw new KeyNotFoundException($"No page {id} in the workspace.");

    private static NotionProperty Property(NotionDataSource dataSource, string name) =>
        dataSource.Find(name) ?? throw new KeyNotFoundException($"The data source has no property named \"{name}\".");
}

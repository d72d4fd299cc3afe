namespace SpotifySync.Sandbox.Notion;

/// <summary>A new database's id (the one in its Notion URL) and the id of its first data source.</summary>
public sealed record NotionDatabaseIds(string DatabaseId, string DataSourceId);

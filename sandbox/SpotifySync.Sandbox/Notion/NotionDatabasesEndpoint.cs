using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// <c>GET /v1/databases/{id}</c>: since 2025-09-03 the container with its <c>data_sources</c>; before it, the
/// database as its one data source's schema, refused when it has several.
/// </summary>
internal sealed class NotionDatabasesEndpoint(NotionWorkspace workspace)
{
    public JsonObject Retrieve(NotionCaller caller, string id)
    {
        lock (workspace.Gate)
        {
            var database = workspace.SharedDatabase(NotionIds.FromPath("database_id", id), caller);
            if (!caller.Version.HasDataSources && database.DataSources.Count > 1) throw NotionPagesEndpoint.MultipleDataSources(database);
            return NotionJson.Database(database, caller.Version);
        }
    }
}

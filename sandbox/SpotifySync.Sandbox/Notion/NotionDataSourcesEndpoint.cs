using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// <c>GET</c> and <c>PATCH /v1/data_sources/{id}</c> and <c>POST /v1/data_sources/{id}/query</c>, served to
/// 2025-09-03 and later (older versions know no data sources and get <c>invalid_request_url</c>); and the
/// older <c>POST /v1/databases/{id}/query</c>, served only to versions before 2025-09-03.
/// </summary>
internal sealed class NotionDataSourcesEndpoint(NotionWorkspace workspace, SandboxTime time)
{
    public JsonObject Retrieve(NotionCaller caller, string id)
    {
        lock (workspace.Gate)
        {
            return NotionJson.DataSource(Shared(caller, id), caller.Version);
        }
    }

    public JsonObject Update(NotionCaller caller, string id, JsonObject body)
    {
        lock (workspace.Gate)
        {
            var dataSource = Shared(caller, id);
            if (body.ContainsKey("title"))
            {
                dataSource.Name = NotionRichText.PlainText(NotionRichText.Write(body["title"], "body.title"));
            }
            if (body.ContainsKey("properties"))
            {
                if (body["properties"] is not JsonObject properties) throw NotionError.Body("body.properties", "should be an object", body["properties"]);
                workspace.Schema.Apply(dataSource, properties, "body.properties");
            }
            dataSource.LastEditedTime = workspace.Now;
            dataSource.LastEditedBy = workspace.BotUserId(caller.Token);
            return NotionJson.DataSource(dataSource, caller.Version);
        }
    }

    public JsonObject Query(NotionCaller caller, string id, JsonObject body, IReadOnlyCollection<string>? only)
    {
        lock (workspace.Gate)
        {
            return NotionQuery.Run(Shared(caller, id), body, caller.Version, time.Now, only);
        }
    }

    public JsonObject QueryDatabase(NotionCaller caller, string id, JsonObject body, IReadOnlyCollection<string>? only)
    {
        if (caller.Version.HasDataSources) throw NotionError.InvalidRequestUrl();
        lock (workspace.Gate)
        {
            var database = workspace.SharedDatabase(NotionIds.FromPath("database_id", id), caller);
            if (database.DataSources.Count > 1) throw NotionPagesEndpoint.MultipleDataSources(database);
            return NotionQuery.Run(database.DataSources[0], body, caller.Version, time.Now, only);
        }
    }

    private NotionDataSource Shared(NotionCaller caller, string id)
    {
        if (!caller.Version.HasDataSources) throw NotionError.InvalidRequestUrl();
        return workspace.SharedDataSource(NotionIds.FromPath("data_source_id", id), caller);
    }
}

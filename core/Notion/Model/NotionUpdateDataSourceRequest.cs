using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>The body of <c>PATCH /v1/data_sources/{id}</c> that adds properties: a new name with its type's configuration.</summary>
public sealed class NotionUpdateDataSourceRequest
{
    [JsonProperty("properties")]
    public Dictionary<string, NotionPropertySchema> Properties { get; set; } = new();
}

using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>A database since Notion-Version 2025-09-03: a container of data sources, without properties of its own.</summary>
public sealed class NotionDatabase
{
    [JsonProperty("object")]
    public string? Object { get; set; }

    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("title")]
    public List<NotionRichText>? Title { get; set; }

    [JsonProperty("data_sources")]
    public List<NotionDataSourceReference>? DataSources { get; set; }
}

/// <summary>One data source of a database, <c>{id, name}</c>.</summary>
public sealed class NotionDataSourceReference
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }
}

using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>
/// A parent. Pages of the Tracks data source are created under <c>{"data_source_id":...}</c>; read back, a page's
/// parent names both its data source and its database (<see cref="Type"/> <c>data_source_id</c>).
/// </summary>
public sealed class NotionParent
{
    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("data_source_id")]
    public string? DataSourceId { get; set; }

    [JsonProperty("database_id")]
    public string? DatabaseId { get; set; }

    [JsonProperty("page_id")]
    public string? PageId { get; set; }
}

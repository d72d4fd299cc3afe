using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Notion.Model;

/// <summary>The body of <c>POST /v1/data_sources/{id}/query</c>.</summary>
public sealed class NotionQueryRequest
{
    [JsonProperty("filter")]
    public NotionFilter? Filter { get; set; }

    [JsonProperty("sorts")]
    public List<NotionSort>? Sorts { get; set; }

    /// <summary>The previous page's <c>next_cursor</c>; left out for the first page. Opaque: never parse it.</summary>
    [JsonProperty("start_cursor")]
    public string? StartCursor { get; set; }

    /// <summary>1 to 100.</summary>
    [JsonProperty("page_size")]
    public int PageSize { get; set; } = 100;
}

using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>An offset-paged list (<c>/me/tracks</c>, <c>/me/playlists</c>, <c>/playlists/{id}/items</c>). <see cref="Next"/> is null on the last page.</summary>
public sealed class SpotifyPage<T>
{
    [JsonProperty("href")]
    public string? Href { get; set; }

    [JsonProperty("items")]
    public List<T>? Items { get; set; }

    [JsonProperty("limit")]
    public int? Limit { get; set; }

    [JsonProperty("next")]
    public string? Next { get; set; }

    [JsonProperty("offset")]
    public int? Offset { get; set; }

    [JsonProperty("previous")]
    public string? Previous { get; set; }

    [JsonProperty("total")]
    public int? Total { get; set; }
}

using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>
/// A cursor-paged page of <c>GET /me/player/recently-played</c>, newest play first. It has no <c>total</c>, and
/// <see cref="Cursors"/> is null (or missing) when there is no play after the cursor.
/// </summary>
public sealed class SpotifyPlayHistoryPage
{
    [JsonProperty("href")]
    public string? Href { get; set; }

    [JsonProperty("items")]
    public List<SpotifyPlayHistory>? Items { get; set; }

    [JsonProperty("limit")]
    public int? Limit { get; set; }

    [JsonProperty("next")]
    public string? Next { get; set; }

    [JsonProperty("cursors")]
    public SpotifyCursors? Cursors { get; set; }
}

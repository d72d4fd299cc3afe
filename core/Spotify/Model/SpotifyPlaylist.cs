using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>
/// A playlist of <c>GET /playlists/{id}</c>: what the sync reads of it. Its contents come through
/// <c>/playlists/{id}/items</c> instead, page by page (the first page this object may carry is not read). Image URLs
/// of playlists expire within a day: never store them.
/// </summary>
public sealed class SpotifyPlaylist
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    [JsonProperty("description")]
    public string? Description { get; set; }

    [JsonProperty("collaborative")]
    public bool? Collaborative { get; set; }

    [JsonProperty("public")]
    public bool? Public { get; set; }

    /// <summary>Changes whenever the playlist does: an unchanged one need not be read again.</summary>
    [JsonProperty("snapshot_id")]
    public string? SnapshotId { get; set; }

    [JsonProperty("owner")]
    public SpotifyUser? Owner { get; set; }

    [JsonProperty("uri")]
    public string? Uri { get; set; }
}

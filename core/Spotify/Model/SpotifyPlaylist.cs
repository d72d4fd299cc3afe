using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>
/// A playlist of <c>GET /playlists/{id}</c> or <c>GET /me/playlists</c>. Its contents (<c>items</c>, formerly
/// <c>tracks</c>; read them through <see cref="SpotifyPlaylists.ContentsOf"/>) are a first page for a playlist the
/// user owns or collaborates on, only <c>{href, total}</c> in the list, and missing for others. Image URLs of
/// playlists expire within a day: never store them.
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

    [JsonProperty("items")]
    public SpotifyPage<SpotifyPlaylistItem>? Items { get; set; }

    /// <summary>The deprecated name of <see cref="Items"/>.</summary>
    [JsonProperty("tracks")]
    public SpotifyPage<SpotifyPlaylistItem>? Tracks { get; set; }
}

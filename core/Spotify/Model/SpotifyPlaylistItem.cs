using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>
/// One entry of <c>GET /playlists/{id}/items</c>. The 2026 API names the track <c>item</c>, older responses
/// <c>track</c>: read it through <see cref="SpotifyPlaylists.ItemOf"/>. It is null when the track is no longer
/// available; <see cref="AddedAt"/> is null on very old playlists and <see cref="AddedBy"/> may be.
/// </summary>
public sealed class SpotifyPlaylistItem
{
    [JsonProperty("added_at")]
    public string? AddedAt { get; set; }

    [JsonProperty("added_by")]
    public SpotifyUser? AddedBy { get; set; }

    [JsonProperty("is_local")]
    public bool? IsLocal { get; set; }

    [JsonProperty("item")]
    public SpotifyTrack? Item { get; set; }

    /// <summary>The deprecated name of <see cref="Item"/>.</summary>
    [JsonProperty("track")]
    public SpotifyTrack? Track { get; set; }
}

using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>
/// The user of <c>GET /me</c>, or a playlist's owner. <see cref="AccountId"/> (May 2026) is the stable id Spotify
/// recommends for linking accounts; development-mode apps no longer get country, email or product.
/// </summary>
public sealed class SpotifyUser
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("account_id")]
    public string? AccountId { get; set; }

    [JsonProperty("display_name")]
    public string? DisplayName { get; set; }

    [JsonProperty("uri")]
    public string? Uri { get; set; }
}

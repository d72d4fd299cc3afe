using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>
/// The token endpoint's answer. A refresh may or may not bring a new <see cref="RefreshToken"/>: when it does,
/// it replaces the stored one.
/// </summary>
public sealed class SpotifyTokenResponse
{
    [JsonProperty("access_token")]
    public string? AccessToken { get; set; }

    [JsonProperty("token_type")]
    public string? TokenType { get; set; }

    [JsonProperty("scope")]
    public string? Scope { get; set; }

    /// <summary>The access token's lifetime in seconds (3600).</summary>
    [JsonProperty("expires_in")]
    public int? ExpiresIn { get; set; }

    [JsonProperty("refresh_token")]
    public string? RefreshToken { get; set; }
}

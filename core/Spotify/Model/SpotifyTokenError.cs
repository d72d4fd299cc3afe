using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>The token endpoint's flat error: <c>{"error":"invalid_grant","error_description":"Refresh token revoked"}</c>.</summary>
public sealed class SpotifyTokenError
{
    [JsonProperty("error")]
    public string? Error { get; set; }

    [JsonProperty("error_description")]
    public string? ErrorDescription { get; set; }
}

using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>The Web API's nested error: <c>{"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}}</c>.</summary>
public sealed class SpotifyErrorBody
{
    [JsonProperty("error")]
    public SpotifyErrorDetail? Error { get; set; }
}

/// <summary>The inside of <see cref="SpotifyErrorBody"/>; <see cref="Reason"/> tells a quota 429 from a rate-limit 429.</summary>
public sealed class SpotifyErrorDetail
{
    [JsonProperty("status")]
    public int? Status { get; set; }

    [JsonProperty("message")]
    public string? Message { get; set; }

    [JsonProperty("reason")]
    public string? Reason { get; set; }
}

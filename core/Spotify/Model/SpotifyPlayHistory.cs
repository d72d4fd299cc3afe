using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>One play of <c>GET /me/player/recently-played</c>.</summary>
public sealed class SpotifyPlayHistory
{
    [JsonProperty("track")]
    public SpotifyTrack? Track { get; set; }

    /// <summary>ISO 8601 UTC with milliseconds, such as <c>2026-02-25T20:15:20.497Z</c>.</summary>
    [JsonProperty("played_at")]
    public string? PlayedAt { get; set; }

    /// <summary>Null when Spotify does not say.</summary>
    [JsonProperty("context")]
    public SpotifyPlayContext? Context { get; set; }
}

using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>One item of <c>GET /me/tracks</c>: when the track was liked, and the track.</summary>
public sealed class SpotifySavedTrack
{
    /// <summary>ISO 8601 UTC to the second, such as <c>2026-02-23T13:28:26Z</c>.</summary>
    [JsonProperty("added_at")]
    public string? AddedAt { get; set; }

    [JsonProperty("track")]
    public SpotifyTrack? Track { get; set; }
}

using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary><c>external_ids</c> of a track: the ISRC (kept for development-mode apps since March 2026); empty for local files.</summary>
public sealed class SpotifyExternalIds
{
    [JsonProperty("isrc")]
    public string? Isrc { get; set; }
}

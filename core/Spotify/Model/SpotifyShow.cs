using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>The show of a podcast episode (development-mode apps no longer get its publisher).</summary>
public sealed class SpotifyShow
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }
}

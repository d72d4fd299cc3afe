using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>An image of an album, playlist, user or episode. Sizes are null for playlist mosaics.</summary>
public sealed class SpotifyImage
{
    [JsonProperty("url")]
    public string? Url { get; set; }

    [JsonProperty("height")]
    public int? Height { get; set; }

    [JsonProperty("width")]
    public int? Width { get; set; }
}

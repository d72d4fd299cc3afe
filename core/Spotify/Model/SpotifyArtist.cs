using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>A simplified artist of a track or album. Its id is null on local files.</summary>
public sealed class SpotifyArtist
{
    [JsonProperty("id")]
    public string? Id { get; set; }

    [JsonProperty("name")]
    public string? Name { get; set; }

    [JsonProperty("uri")]
    public string? Uri { get; set; }
}

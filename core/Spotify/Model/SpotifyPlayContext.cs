using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>Where a play happened: <c>album</c>, <c>playlist</c>, <c>artist</c> or <c>show</c>, by its uri.</summary>
public sealed class SpotifyPlayContext
{
    [JsonProperty("type")]
    public string? Type { get; set; }

    [JsonProperty("uri")]
    public string? Uri { get; set; }
}

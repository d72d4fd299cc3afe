using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary><c>external_urls</c>: the open.spotify.com link; empty (<c>{}</c>) for local files.</summary>
public sealed class SpotifyExternalUrls
{
    [JsonProperty("spotify")]
    public string? Spotify { get; set; }
}

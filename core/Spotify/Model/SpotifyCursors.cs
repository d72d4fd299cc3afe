using Newtonsoft.Json;

namespace SpotifySync.Core.Spotify.Model;

/// <summary>The cursors of a recently-played page: Unix milliseconds as strings (<c>"1772050520497"</c>).</summary>
public sealed class SpotifyCursors
{
    [JsonProperty("after")]
    public string? After { get; set; }

    [JsonProperty("before")]
    public string? Before { get; set; }
}

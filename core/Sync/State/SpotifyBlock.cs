using Newtonsoft.Json;

namespace SpotifySync.Core.Sync.State;

/// <summary>Spotify answered 429 with a Retry-After longer than a run can wait: no call before <see cref="Until"/>.</summary>
public sealed class SpotifyBlock
{
    /// <summary>ISO 8601 UTC.</summary>
    [JsonProperty("until")]
    public string? Until { get; set; }

    /// <summary>Spotify's reason (<c>QUOTA_EXCEEDED</c> for the daily quota), or null for the rate limit.</summary>
    [JsonProperty("reason")]
    public string? Reason { get; set; }

    /// <summary>When the block began, ISO 8601 UTC.</summary>
    [JsonProperty("since")]
    public string? Since { get; set; }
}

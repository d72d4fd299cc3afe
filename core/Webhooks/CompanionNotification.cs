using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Webhooks;

/// <summary>The body posted to the companion's <c>/gas/webhook</c> when a run created pages.</summary>
public sealed class CompanionNotification
{
    /// <summary>The operation that created them, such as <c>syncSpotifyToNotion</c>.</summary>
    [JsonProperty("event")]
    public string Event { get; set; } = "";

    [JsonProperty("created")]
    public int Created { get; set; }

    /// <summary>The Spotify IDs of the tracks whose pages were created.</summary>
    [JsonProperty("ids")]
    public List<string> Ids { get; set; } = new();
}

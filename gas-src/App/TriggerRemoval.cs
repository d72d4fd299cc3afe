using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>What <c>removeTimeTrigger()</c> deleted.</summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class TriggerRemoval
{
    /// <summary>Sync triggers (<c>syncSpotifyToNotion</c>) deleted.</summary>
    public int Removed { get; set; }

    /// <summary>Recently played triggers (<c>syncRecentlyPlayed</c>) deleted.</summary>
    public int RecentlyPlayedRemoved { get; set; }
}

using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.App;

/// <summary>
/// What <c>initializeSpotifySync(options)</c> accepts, every member optional: a member left out keeps its stored
/// value (or its default), e.g. <c>initializeSpotifySync({triggerIntervalMinutes: 15, syncBatchSize: 50})</c>.
/// </summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class InitializationOptions
{
    /// <summary>1, 5, 10, 15 or 30 minutes between the sync trigger's runs.</summary>
    public int? TriggerIntervalMinutes { get; set; }

    /// <summary>1, 5, 10, 15 or 30 minutes between the recently played trigger's runs, or 0 for none.</summary>
    public int? RecentlyPlayedIntervalMinutes { get; set; }

    /// <summary>Tracks per Notion batch, 1 to 100.</summary>
    public int? SyncBatchSize { get; set; }

    /// <summary>Seconds a run may take before it stops cleanly, 30 to 330.</summary>
    public int? TimeBudgetSeconds { get; set; }

    /// <summary>Notion requests a second at most, 1 to 10.</summary>
    public int? NotionRequestsPerSecond { get; set; }

    /// <summary>Whether podcast episodes in playlists get pages too.</summary>
    public bool? IncludeEpisodes { get; set; }

    /// <summary>Tracks property names used instead of the defaults, such as <c>{"Artist": "Artists"}</c>.</summary>
    public Dictionary<string, string>? PropertyNames { get; set; }
}

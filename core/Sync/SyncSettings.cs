using System.Collections.Generic;
using Newtonsoft.Json;

namespace SpotifySync.Core.Sync;

/// <summary>
/// The settings a person chose, as <c>initializeSpotifySync</c> stores them (<see cref="Core.State.StateKeys.Settings"/>):
/// each one null for its default. <see cref="SyncSettingsRules.Resolve"/> checks them and fills in the defaults.
/// </summary>
public sealed class SyncSettings
{
    /// <summary>Minutes between the sync trigger's runs: 1, 5, 10, 15 or 30 (Apps Script's choices), default 5.</summary>
    [JsonProperty("triggerIntervalMinutes")]
    public int? TriggerIntervalMinutes { get; set; }

    /// <summary>
    /// Minutes between the recently played trigger's runs: 1, 5, 10, 15 or 30, or 0 for no such trigger; default 30.
    /// </summary>
    [JsonProperty("recentlyPlayedIntervalMinutes")]
    public int? RecentlyPlayedIntervalMinutes { get; set; }

    /// <summary>Tracks handled per Notion batch (one dedupe query each) and per Spotify page (at most 50 there); 1 to 100, default 50.</summary>
    [JsonProperty("batchSize")]
    public int? BatchSize { get; set; }

    /// <summary>Seconds a run may take before it stops cleanly and leaves the rest to the next run; default 270 of Apps Script's 360.</summary>
    [JsonProperty("timeBudgetSeconds")]
    public int? TimeBudgetSeconds { get; set; }

    /// <summary>Notion requests started per second at most; default 3 (every plan's 180 a minute).</summary>
    [JsonProperty("notionRequestsPerSecond")]
    public int? NotionRequestsPerSecond { get; set; }

    /// <summary>Whether podcast episodes in playlists get pages too; default no.</summary>
    [JsonProperty("includeEpisodes")]
    public bool? IncludeEpisodes { get; set; }

    /// <summary>Tracks property names a person uses instead of the defaults, such as <c>{"Artist": "Artists"}</c>.</summary>
    [JsonProperty("propertyNames")]
    public Dictionary<string, string>? PropertyNames { get; set; }
}

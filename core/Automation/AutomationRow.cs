using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SpotifySync.Core.Automation;

/// <summary>
/// An automation's row of the configuration data source (<see cref="AutomationRowKey"/>) as last read (and since
/// written), kept as JSON in the cache between reads (every member nullable, as JSON may lack any; unset in Notion
/// reads as unchecked, 0 or empty). An empty <see cref="PageId"/> records that the data source has no such row, so
/// that its absence too is looked up at most every 15 minutes.
/// </summary>
[JsonObject(NamingStrategyType = typeof(CamelCaseNamingStrategy))]
public sealed class AutomationRow
{
    public string? PageId { get; set; }

    public string? Name { get; set; }

    /// <summary>Unchecked, trigger runs skip without a Spotify call.</summary>
    public bool? SyncEnabled { get; set; }

    public long? SyncIntervalMinutes { get; set; }

    /// <summary>One of <see cref="AutomationSyncModes"/>; empty or unknown reads as incremental.</summary>
    public string? SyncMode { get; set; }

    /// <summary>The Last Sync date as Notion holds it, or null when never set.</summary>
    public string? LastSync { get; set; }

    public long? ErrorCount { get; set; }

    public string? LastError { get; set; }

    public bool? GasTriggerActive { get; set; }

    /// <summary>Whether the companion's schedule is installed (its own row's).</summary>
    public bool? CronActive { get; set; }

    /// <summary>Who holds the library lease; empty when nobody does.</summary>
    public string? LeaseHolder { get; set; }

    /// <summary>When the library lease ends, as Notion holds it, or null when never set.</summary>
    public string? LeaseUntil { get; set; }

    /// <summary>When the row was read from Notion, ISO 8601 UTC: the cache keeps it 15 minutes from then.</summary>
    public string? ReadAt { get; set; }
}

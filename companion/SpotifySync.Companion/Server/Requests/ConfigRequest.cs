using System.Text.Json.Serialization;

namespace SpotifySync.Companion.Server.Requests;

/// <summary>
/// The body of <c>POST /gas/config</c>, at least one field: the companion's switches (<see cref="SyncEnabled"/> or the
/// original design's <see cref="Enabled"/>, <see cref="SyncMode"/>, <see cref="CronActive"/>) and the interval of Apps
/// Script's trigger (<see cref="TriggerIntervalMinutes"/>, the design's <c>trigger_interval_minutes</c>).
/// </summary>
public sealed record ConfigRequest
{
    public bool? SyncEnabled { get; init; }

    /// <summary>The original design's name for <see cref="SyncEnabled"/>; give one of the two.</summary>
    public bool? Enabled { get; init; }

    /// <summary>incremental, full or manual (docs/architecture.md, "Configuration").</summary>
    public string? SyncMode { get; init; }

    public bool? CronActive { get; init; }

    /// <summary>
    /// Apps Script's sync trigger's interval: written to the Sync Interval of the script's row in the configuration
    /// database, which the script follows by moving its trigger; 1, 5, 10, 15 or 30, the intervals Apps Script offers.
    /// </summary>
    [JsonPropertyName("trigger_interval_minutes")]
    public int? TriggerIntervalMinutes { get; init; }

    /// <summary>Sync Enabled as asked, by either name.</summary>
    [JsonIgnore]
    public bool? SyncEnabledAsked => SyncEnabled ?? Enabled;

    /// <summary>Whether the request sets any of the companion's own switches.</summary>
    [JsonIgnore]
    public bool SetsSwitches => SyncEnabledAsked is not null || SyncMode is not null || CronActive is not null;
}

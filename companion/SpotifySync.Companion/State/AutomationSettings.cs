using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.State;

/// <summary>
/// The companion's switches: its configuration row's (CONFIG_DB_ID) as last read, or those of <c>POST /gas/config</c>
/// without a row; Cron Active as the crontab last showed it.
/// </summary>
public sealed class AutomationSettings
{
    /// <summary>Off: every run, the schedule's and a person's, does nothing.</summary>
    public bool SyncEnabled { get; set; } = true;

    /// <summary>
    /// What the schedule's runs do: incremental (as scheduled), full (every scheduled run is a full run) or manual (the
    /// schedule's runs do nothing). Runs a person or Apps Script starts are not affected.
    /// </summary>
    public string SyncMode { get; set; } = SyncModes.Incremental;

    public bool CronActive { get; set; }
    public string? UpdatedAt { get; set; }
}

namespace SpotifySync.Companion.State;

/// <summary>The companion's switches, as in its row of the Notion configuration database.</summary>
public sealed class AutomationSettings
{
    public const string Incremental = "incremental";
    public const string Full = "full";
    public const string Manual = "manual";

    public bool SyncEnabled { get; set; } = true;

    /// <summary>incremental, full or manual (manual: only runs asked for by trigger-sync or the command line).</summary>
    public string SyncMode { get; set; } = Incremental;

    public bool CronActive { get; set; }
    public string? UpdatedAt { get; set; }
}

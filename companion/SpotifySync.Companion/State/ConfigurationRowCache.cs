namespace SpotifySync.Companion.State;

/// <summary>The companion's row of the Notion configuration database, as read at <see cref="ReadAt"/>.</summary>
public sealed class ConfigurationRowCache
{
    public string PageId { get; set; } = "";
    public string ReadAt { get; set; } = "";
    public bool SyncEnabled { get; set; }
    public string? SyncMode { get; set; }
    public bool CronActive { get; set; }
    public int ErrorCount { get; set; }
    public string? LastError { get; set; }
}

namespace SpotifySync.Core.Automation;

/// <summary>The options of the configuration row's Sync Mode: what a trigger run does.</summary>
public static class AutomationSyncModes
{
    /// <summary>New likes since the watermark (and the full sync in progress, if any): the default.</summary>
    public const string Incremental = "incremental";

    /// <summary>Every trigger run carries the full sync on, beginning a new one when the last is done.</summary>
    public const string Full = "full";

    /// <summary>Trigger runs do nothing; only runs started by hand sync.</summary>
    public const string Manual = "manual";
}

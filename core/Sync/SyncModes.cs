namespace SpotifySync.Core.Sync;

/// <summary>
/// The sync modes, one set for both sides: what a run does (the companion's <c>sync --mode</c>, a trigger-sync
/// request) and what scheduled runs do (the configuration row's Sync Mode, the companion's <c>/gas/config</c>).
/// </summary>
public static class SyncModes
{
    /// <summary>New likes since the watermark (and the full sync in progress, if any); the companion's 5-minute cron run.</summary>
    public const string Incremental = "incremental";

    /// <summary>The full sync carried on (and begun again when the last is done); the companion's nightly run.</summary>
    public const string Full = "full";

    /// <summary>A Sync Mode only: scheduled runs do nothing, and only runs started by hand sync.</summary>
    public const string Manual = "manual";

    /// <summary>Whether a run can be asked for in this mode: incremental or full (manual is no run).</summary>
    public static bool IsRunMode(string mode) => mode == Incremental || mode == Full;
}

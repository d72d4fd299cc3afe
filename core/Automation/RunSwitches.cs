using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Automation;

/// <summary>
/// The one rule both sides follow for the configuration row's switches (docs/architecture.md, "Configuration"). The
/// switches govern the runs nobody started by hand (Apps Script's triggers, the companion's cron runs and the runs a
/// webhook starts): Sync Enabled unchecked stops them, Sync Mode manual stops them too, and Sync Mode full makes them
/// carry the full sync on. A run a person starts (from the editor, <c>spotify-sync sync</c> in a terminal, a
/// trigger-sync request) always runs. GAS Trigger Active and Cron Active are what each side reports, never switches.
/// </summary>
public static class RunSwitches
{
    /// <summary>Why a run does nothing under the switches, or null when it runs.</summary>
    /// <param name="automatic">Nobody started it by hand.</param>
    /// <param name="where">Where the switches were read, for the message: "in the configuration row 'Companion'".</param>
    public static string? SkipReason(bool syncEnabled, string? syncMode, bool automatic, string where)
    {
        if (!automatic) return null;
        if (!syncEnabled) return $"{AutomationProperties.SyncEnabled} is unchecked {where}: runs nobody starts by hand do nothing until it is checked.";
        if (syncMode == SyncModes.Manual) return $"{AutomationProperties.SyncMode} is manual {where}: runs nobody starts by hand do nothing; start one yourself, or set it to incremental or full.";
        return null;
    }

    /// <summary>Whether a run that was asked for an incremental sync carries the full sync on instead.</summary>
    public static bool RunsFull(string? syncMode, bool automatic) => automatic && syncMode == SyncModes.Full;
}

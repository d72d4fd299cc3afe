namespace SpotifySync.Companion.Sync;

/// <summary>
/// What started a run (<see cref="SyncRequest.Trigger"/>). The configuration row's switches govern the runs nobody
/// started by hand (<see cref="IsAutomatic"/>, the core's <c>RunSwitches</c>): the schedule's and a webhook's.
/// </summary>
public static class RunTriggers
{
    /// <summary><c>sync --scheduled</c>: the lines <c>cron install</c> writes (and the systemd and launchd units it prints).</summary>
    public const string Schedule = "schedule";

    /// <summary><c>sync</c> run by a person.</summary>
    public const string CommandLine = "command-line";

    /// <summary><c>POST /gas/trigger-sync</c>.</summary>
    public const string TriggerSync = "trigger-sync";

    /// <summary>A <c>POST /gas/webhook</c> event that starts a run (new tracks from Apps Script).</summary>
    public const string Webhook = "webhook";

    /// <summary>Whether nobody started the run by hand, so that the switches govern it.</summary>
    public static bool IsAutomatic(string trigger) => trigger is Schedule or Webhook;
}

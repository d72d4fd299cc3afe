using System.Linq;
using AppsScript.Interop.Services;
using SpotifySync.AppsScript;
using SpotifySync.Core.Notion;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;

namespace SpotifySync.App;

/// <summary>
/// The project's two time-driven triggers: the sync of the liked songs at the configured interval (default 5 min),
/// and the recently played sync (default every 30 min, since Spotify keeps only the last 50 plays; 0 turns it off).
/// Installed idempotently, removed together, and reported with every other trigger of the project.
/// </summary>
public static class SyncTrigger
{
    /// <summary>The top-level function the sync trigger calls.</summary>
    public const string Handler = SavedTracksSync.Operation;

    private static TimeTrigger Sync() => new TimeTrigger(Handler, StateKeys.TriggerMinutes);

    private static TimeTrigger Plays() => new TimeTrigger(RecentlyPlayedSync.Operation, StateKeys.PlaysTriggerMinutes);

    /// <summary>The trigger state, from one listing of the project's triggers, logging nothing: for the callers that report it inside their own summary.</summary>
    public static TriggerStatus Status()
    {
        var sync = Sync();
        var plays = Plays();
        var status = new TriggerStatus { Handler = Handler, IntervalMinutes = sync.RecordedInterval() };
        var syncCount = 0;
        var playsCount = 0;
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            status.Triggers.Add(new TriggerInfo { UniqueId = trigger.GetUniqueId(), HandlerFunction = trigger.GetHandlerFunction(), EventType = $"{trigger.GetEventType()}" });
            if (sync.Calls(trigger)) syncCount++;
            if (plays.Calls(trigger)) playsCount++;
        }
        status.Installed = syncCount == 1;
        status.RecentlyPlayedInstalled = playsCount == 1;
        status.RecentlyPlayedIntervalMinutes = playsCount == 0 ? null : plays.RecordedInterval();
        return status;
    }

    /// <summary><c>getTriggerStatus()</c>: the trigger state and its one summary line.</summary>
    public static TriggerStatus Report()
    {
        var status = Status();
        var sync = InWords(status, Handler, status.IntervalMinutes);
        var plays = InWords(status, RecentlyPlayedSync.Operation, status.RecentlyPlayedIntervalMinutes);
        Logger.Log($"getTriggerStatus: {sync}; {plays}; {status.Triggers.Count} trigger(s) in the project.");
        return status;
    }

    /// <summary>
    /// Installs the triggers at the intervals of the settings (<c>initializeSpotifySync({triggerIntervalMinutes,
    /// recentlyPlayedIntervalMinutes})</c>). Idempotent: a trigger already installed at its interval is kept; otherwise
    /// the handler's triggers are replaced by one new trigger.
    /// </summary>
    public static TriggerSetup Setup()
    {
        var options = SyncSettingsRules.Resolve(new SyncStore(new ScriptPropertiesStore()).Settings());
        var setup = Sync().Place(options.TriggerIntervalMinutes);
        setup.RecentlyPlayed = PlacePlays(options.RecentlyPlayedIntervalMinutes);
        var plays = PlaysInWords(options.RecentlyPlayedIntervalMinutes);
        if (!setup.Created)
        {
            Logger.Log($"setupTimeTrigger: {Handler} already runs every {setup.IntervalMinutes} min; {plays}.");
            return setup;
        }
        Logger.Log($"setupTimeTrigger: {Handler} runs every {setup.IntervalMinutes} min (replaced {setup.Removed} trigger(s)); {plays}.");
        RecordInConfigurationRow(true);
        return setup;
    }

    /// <summary>
    /// Moves the sync trigger to <paramref name="intervalMinutes"/>, from inside a sync run that found a new Sync
    /// Interval in the configuration row (which that run updates itself, and which the run's own summary reports).
    /// </summary>
    public static void Move(int intervalMinutes) => Sync().Place(intervalMinutes);

    /// <summary><c>removeTimeTrigger()</c>: deletes both triggers and forgets their intervals.</summary>
    public static TriggerRemoval Remove()
    {
        var removal = new TriggerRemoval { Removed = Sync().Remove(), RecentlyPlayedRemoved = Plays().Remove() };
        Logger.Log($"removeTimeTrigger: deleted {removal.Removed} {Handler} trigger(s) and {removal.RecentlyPlayedRemoved} {RecentlyPlayedSync.Operation} trigger(s).");
        RecordInConfigurationRow(false);
        return removal;
    }

    /// <summary>Whether the sync trigger is installed (the configuration row's GAS Trigger Active).</summary>
    public static bool IsInstalled() => Sync().Installed().Count > 0;

    /// <summary>Whether the sync trigger is installed, but it or the recently played trigger not as <paramref name="options"/> say.</summary>
    public static bool RunsAtOtherIntervals(SyncOptions options) =>
        IsInstalled() && !(Sync().RunsEvery(options.TriggerIntervalMinutes) && Plays().RunsEvery(options.RecentlyPlayedIntervalMinutes));

    /// <summary>The recently played trigger's interval in words, for summary lines.</summary>
    public static string PlaysInWords(int intervalMinutes) =>
        intervalMinutes == 0 ? $"no {RecentlyPlayedSync.Operation} trigger" : $"{RecentlyPlayedSync.Operation} every {intervalMinutes} min";

    private static TriggerSetup? PlacePlays(int intervalMinutes)
    {
        if (intervalMinutes != 0) return Plays().Place(intervalMinutes);
        Plays().Remove();
        return null;
    }

    private static string InWords(TriggerStatus status, string handler, int? intervalMinutes)
    {
        var clock = $"{ScriptApp.EventType.CLOCK}";
        var installed = status.Triggers.Count(trigger => trigger.HandlerFunction == handler && trigger.EventType == clock);
        return $"{installed} {handler} trigger(s), {(intervalMinutes is null ? "no recorded interval" : $"every {intervalMinutes} min")}";
    }

    /// <summary>GAS Trigger Active in the configuration row, when <c>CONFIG_DB_ID</c> is set; a Notion error is logged, not thrown.</summary>
    private static void RecordInConfigurationRow(bool active)
    {
        if (PropertiesService.GetScriptProperties().GetProperty(SettingNames.ConfigDbId) is null) return;
        try
        {
            ScriptRun.Services().AutomationRows()?.RecordTriggerActive(active);
        }
        catch (NotionApiException error)
        {
            Logger.Log($"The configuration row's GAS Trigger Active was not updated ({error.Message}); the next trigger run does it.");
        }
    }
}

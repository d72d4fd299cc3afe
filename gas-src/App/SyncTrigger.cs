using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop.Services;
using SpotifySync.AppsScript;
using SpotifySync.Core.Notion;
using SpotifySync.Core.State;
using SpotifySync.Core.Sync;

namespace SpotifySync.App;

/// <summary>
/// The time-driven trigger that runs the sync: installed at the configured interval, kept when it already runs at
/// it, and reported with every other trigger of the project.
/// </summary>
public static class SyncTrigger
{
    /// <summary>The top-level function the trigger calls.</summary>
    public const string Handler = SavedTracksSync.Operation;

    /// <summary>The trigger state, logging nothing: for the callers that report it inside their own summary.</summary>
    public static TriggerStatus Status()
    {
        var status = new TriggerStatus { Handler = Handler, IntervalMinutes = RecordedInterval() };
        var installed = 0;
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            status.Triggers.Add(new TriggerInfo { UniqueId = trigger.GetUniqueId(), HandlerFunction = trigger.GetHandlerFunction(), EventType = $"{trigger.GetEventType()}" });
            if (IsSyncTrigger(trigger)) installed++;
        }
        status.Installed = installed == 1;
        return status;
    }

    /// <summary><c>getTriggerStatus()</c>: the trigger state and its one summary line.</summary>
    public static TriggerStatus Report()
    {
        var status = Status();
        var clock = $"{ScriptApp.EventType.CLOCK}";
        var installed = status.Triggers.Count(trigger => trigger.HandlerFunction == Handler && trigger.EventType == clock);
        var interval = status.IntervalMinutes is null ? "no recorded interval" : $"every {status.IntervalMinutes} min";
        Logger.Log($"getTriggerStatus: {installed} {Handler} trigger(s), {interval}, {status.Triggers.Count} trigger(s) in the project.");
        return status;
    }

    /// <summary>
    /// Installs the trigger at the interval of the settings (<c>initializeSpotifySync({triggerIntervalMinutes})</c>,
    /// default 5). Idempotent: when exactly that trigger is installed it is kept; otherwise the handler's triggers are
    /// replaced by one new trigger.
    /// </summary>
    public static TriggerSetup Setup()
    {
        var intervalMinutes = SyncSettingsRules.Resolve(new SyncStore(new ScriptPropertiesStore()).Settings()).TriggerIntervalMinutes;
        var setup = Place(intervalMinutes);
        if (!setup.Created)
        {
            Logger.Log($"setupTimeTrigger: {Handler} already runs every {intervalMinutes} min.");
            return setup;
        }
        Logger.Log($"setupTimeTrigger: {Handler} runs every {intervalMinutes} min (replaced {setup.Removed} trigger(s)).");
        RecordInConfigurationRow(true);
        return setup;
    }

    /// <summary>
    /// Moves the trigger to <paramref name="intervalMinutes"/>, from inside a sync run that found a new Sync Interval in
    /// the configuration row (which that run updates itself, and which the run's own summary reports).
    /// </summary>
    public static void Move(int intervalMinutes) => Place(intervalMinutes);

    /// <summary>Keeps the one trigger at <paramref name="intervalMinutes"/>, or replaces the handler's triggers by one at it.</summary>
    private static TriggerSetup Place(int intervalMinutes)
    {
        var existing = new List<Trigger>();
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            if (IsSyncTrigger(trigger)) existing.Add(trigger);
        }
        if (existing.Count == 1 && RecordedInterval() == intervalMinutes)
        {
            return new TriggerSetup { Handler = Handler, IntervalMinutes = intervalMinutes, Created = false, UniqueId = existing[0].GetUniqueId() };
        }
        foreach (var trigger in existing) ScriptApp.DeleteTrigger(trigger);
        var created = ScriptApp.NewTrigger(Handler).TimeBased().EveryMinutes(intervalMinutes).Create();
        PropertiesService.GetScriptProperties().SetProperty(StateKeys.TriggerMinutes, $"{intervalMinutes}");
        return new TriggerSetup { Handler = Handler, IntervalMinutes = intervalMinutes, Created = true, Removed = existing.Count, UniqueId = created.GetUniqueId() };
    }

    /// <summary>Deletes every trigger of the handler and forgets its interval; returns how many were deleted.</summary>
    public static int Remove()
    {
        var removed = 0;
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            if (!IsSyncTrigger(trigger)) continue;
            ScriptApp.DeleteTrigger(trigger);
            removed++;
        }
        PropertiesService.GetScriptProperties().DeleteProperty(StateKeys.TriggerMinutes);
        Logger.Log($"removeTimeTrigger: deleted {removed} {Handler} trigger(s).");
        RecordInConfigurationRow(false);
        return removed;
    }

    /// <summary>Whether the sync trigger is installed (the configuration row's GAS Trigger Active).</summary>
    public static bool IsInstalled()
    {
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            if (IsSyncTrigger(trigger)) return true;
        }
        return false;
    }

    /// <summary>Whether the trigger is installed at an interval other than <paramref name="intervalMinutes"/>.</summary>
    public static bool RunsAtAnotherInterval(int intervalMinutes)
    {
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            if (IsSyncTrigger(trigger)) return RecordedInterval() != intervalMinutes;
        }
        return false;
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

    private static bool IsSyncTrigger(Trigger trigger) =>
        trigger.GetHandlerFunction() == Handler && trigger.GetEventType() == ScriptApp.EventType.CLOCK;

    /// <summary>The interval recorded by <see cref="Setup"/>, when it is one Apps Script accepts.</summary>
    private static int? RecordedInterval()
    {
        var recorded = PropertiesService.GetScriptProperties().GetProperty(StateKeys.TriggerMinutes);
        foreach (var minutes in SyncSettingsRules.TriggerIntervals)
        {
            if (recorded == $"{minutes}") return minutes;
        }
        return null;
    }
}

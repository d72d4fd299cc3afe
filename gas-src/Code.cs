using System;
using System.Collections.Generic;
using AppsScript.Interop;
using AppsScript.Interop.Events;
using AppsScript.Interop.JavaScript;
using AppsScript.Interop.Services;

namespace SpotifySync;

/// <summary>
/// The functions Apps Script calls: the time-driven sync trigger and its management (run from the editor),
/// and the web app's <c>doGet</c>.
/// </summary>
[GlobalFunctions]
public static class Code
{
    /// <summary>The top-level function the time-driven trigger calls.</summary>
    public const string SyncHandler = "syncSpotifyToNotion";

    /// <summary>Script property holding the interval, in minutes, of the trigger <see cref="SetupTimeTrigger"/> installed.</summary>
    private const string TriggerIntervalKey = "SPOTIFY_SYNC_STATE_TRIGGER_MINUTES";

    /// <summary>The only intervals Apps Script's <c>everyMinutes</c> accepts.</summary>
    private static readonly int[] AllowedIntervals = { 1, 5, 10, 15, 30 };

    /// <summary>
    /// The time-driven trigger's handler. A run holds the script lock, so a run that finds another one still
    /// going exits at once instead of overlapping it.
    /// </summary>
    public static void SyncSpotifyToNotion(TimeDrivenEvent? e)
    {
        var source = e?.TriggerUid ?? "a manual run";
        var scriptLock = LockService.GetScriptLock();
        if (!scriptLock.TryLock(0))
        {
            Logger.Log($"{SyncHandler}: skipped ({source}): a previous run still holds the script lock.");
            return;
        }
        try
        {
            Logger.Log($"{SyncHandler}: started by {source}.");
        }
        finally
        {
            scriptLock.ReleaseLock();
        }
    }

    /// <summary>Reports the project's triggers and whether the sync trigger is installed; logs one summary line.</summary>
    public static TriggerStatus GetTriggerStatus()
    {
        var status = new TriggerStatus { Handler = SyncHandler, IntervalMinutes = RecordedInterval() };
        var syncTriggers = 0;
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            var info = new TriggerInfo { UniqueId = trigger.GetUniqueId(), HandlerFunction = trigger.GetHandlerFunction(), EventType = $"{trigger.GetEventType()}" };
            status.Triggers.Add(info);
            if (IsSyncTrigger(trigger)) syncTriggers++;
        }
        status.Installed = syncTriggers == 1;
        var interval = status.IntervalMinutes is null ? "no recorded interval" : $"every {status.IntervalMinutes} min";
        Logger.Log($"getTriggerStatus: {syncTriggers} {SyncHandler} trigger(s), {interval}, {status.Triggers.Count} trigger(s) in the project.");
        return status;
    }

    /// <summary>
    /// Installs the sync trigger every <paramref name="intervalMinutes"/> minutes (1, 5, 10, 15 or 30).
    /// Idempotent: when exactly that trigger is installed it is kept; otherwise the handler's triggers are
    /// replaced by one new trigger.
    /// </summary>
    public static TriggerSetup SetupTimeTrigger(int intervalMinutes = 5)
    {
        if (!IsAllowedInterval(intervalMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(intervalMinutes), intervalMinutes, "Apps Script runs time-driven triggers every 1, 5, 10, 15 or 30 minutes.");
        }
        var existing = new List<Trigger>();
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            if (IsSyncTrigger(trigger)) existing.Add(trigger);
        }
        if (existing.Count == 1 && RecordedInterval() == intervalMinutes)
        {
            Logger.Log($"setupTimeTrigger: {SyncHandler} already runs every {intervalMinutes} min.");
            return new TriggerSetup { Handler = SyncHandler, IntervalMinutes = intervalMinutes, Created = false, UniqueId = existing[0].GetUniqueId() };
        }
        foreach (var trigger in existing) ScriptApp.DeleteTrigger(trigger);
        var created = ScriptApp.NewTrigger(SyncHandler).TimeBased().EveryMinutes(intervalMinutes).Create();
        PropertiesService.GetScriptProperties().SetProperty(TriggerIntervalKey, $"{intervalMinutes}");
        Logger.Log($"setupTimeTrigger: {SyncHandler} runs every {intervalMinutes} min (replaced {existing.Count} trigger(s)).");
        return new TriggerSetup { Handler = SyncHandler, IntervalMinutes = intervalMinutes, Created = true, Removed = existing.Count, UniqueId = created.GetUniqueId() };
    }

    /// <summary>Deletes every trigger of the sync handler and forgets its interval; returns how many were deleted.</summary>
    public static int RemoveTimeTrigger()
    {
        var removed = 0;
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            if (!IsSyncTrigger(trigger)) continue;
            ScriptApp.DeleteTrigger(trigger);
            removed++;
        }
        PropertiesService.GetScriptProperties().DeleteProperty(TriggerIntervalKey);
        Logger.Log($"removeTimeTrigger: deleted {removed} {SyncHandler} trigger(s).");
        return removed;
    }

    /// <summary>The web app's GET: <c>/exec</c> or <c>/exec/status</c> answers the trigger status as JSON.</summary>
    public static TextOutput DoGet(DoGetEvent e)
    {
        var path = e.PathInfo ?? "";
        object body = path == "" || path == "status"
            ? GetTriggerStatus()
            : new ErrorBody { Error = "not_found", Detail = $"No route /{path}; GET /exec/status for the trigger status." };
        return ContentService.CreateTextOutput(JSON.Stringify(body)).SetMimeType(ContentService.MimeType.JSON);
    }

    private static bool IsSyncTrigger(Trigger trigger) =>
        trigger.GetHandlerFunction() == SyncHandler && trigger.GetEventType() == ScriptApp.EventType.CLOCK;

    private static bool IsAllowedInterval(int minutes)
    {
        foreach (var allowed in AllowedIntervals)
        {
            if (allowed == minutes) return true;
        }
        return false;
    }

    /// <summary>The interval recorded by <see cref="SetupTimeTrigger"/>, when it is one Apps Script accepts.</summary>
    private static int? RecordedInterval()
    {
        var recorded = PropertiesService.GetScriptProperties().GetProperty(TriggerIntervalKey);
        foreach (var minutes in AllowedIntervals)
        {
            if (recorded == $"{minutes}") return minutes;
        }
        return null;
    }
}

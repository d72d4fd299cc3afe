using System.Collections.Generic;
using AppsScript.Interop.Services;
using SpotifySync.Core.Sync;

namespace SpotifySync.App;

/// <summary>
/// One time-driven trigger of the project, known by its handler: installed every few minutes, its interval recorded
/// in a script property because Apps Script cannot tell a trigger's interval back.
/// </summary>
public sealed class TimeTrigger
{
    public TimeTrigger(string handler, string intervalKey)
    {
        Handler = handler;
        IntervalKey = intervalKey;
    }

    /// <summary>The top-level function the trigger calls.</summary>
    public string Handler { get; }

    /// <summary>The script property that records the installed interval.</summary>
    public string IntervalKey { get; }

    /// <summary>The project's time-driven triggers of this handler.</summary>
    public List<Trigger> Installed()
    {
        var installed = new List<Trigger>();
        foreach (var trigger in ScriptApp.GetProjectTriggers())
        {
            if (Calls(trigger)) installed.Add(trigger);
        }
        return installed;
    }

    /// <summary>Whether <paramref name="trigger"/> is one of this handler's time-driven triggers.</summary>
    public bool Calls(Trigger trigger) => trigger.GetHandlerFunction() == Handler && trigger.GetEventType() == ScriptApp.EventType.CLOCK;

    /// <summary>The interval recorded when the trigger was installed, when it is one Apps Script accepts.</summary>
    public int? RecordedInterval()
    {
        var recorded = PropertiesService.GetScriptProperties().GetProperty(IntervalKey);
        foreach (var minutes in SyncSettingsRules.TriggerIntervals)
        {
            if (recorded == $"{minutes}") return minutes;
        }
        return null;
    }

    /// <summary>Keeps the one trigger at <paramref name="intervalMinutes"/>, or replaces the handler's triggers by one at it.</summary>
    public TriggerSetup Place(int intervalMinutes)
    {
        var existing = Installed();
        if (existing.Count == 1 && RecordedInterval() == intervalMinutes)
        {
            return new TriggerSetup { Handler = Handler, IntervalMinutes = intervalMinutes, Created = false, UniqueId = existing[0].GetUniqueId() };
        }
        foreach (var trigger in existing) ScriptApp.DeleteTrigger(trigger);
        var created = ScriptApp.NewTrigger(Handler).TimeBased().EveryMinutes(intervalMinutes).Create();
        PropertiesService.GetScriptProperties().SetProperty(IntervalKey, $"{intervalMinutes}");
        return new TriggerSetup { Handler = Handler, IntervalMinutes = intervalMinutes, Created = true, Removed = existing.Count, UniqueId = created.GetUniqueId() };
    }

    /// <summary>Deletes every trigger of the handler and forgets its interval; returns how many were deleted.</summary>
    public int Remove()
    {
        var existing = Installed();
        foreach (var trigger in existing) ScriptApp.DeleteTrigger(trigger);
        PropertiesService.GetScriptProperties().DeleteProperty(IntervalKey);
        return existing.Count;
    }

    /// <summary>Whether exactly one trigger of the handler runs at <paramref name="intervalMinutes"/> (0: none runs).</summary>
    public bool RunsEvery(int intervalMinutes)
    {
        var count = Installed().Count;
        return intervalMinutes == 0 ? count == 0 : count == 1 && RecordedInterval() == intervalMinutes;
    }
}

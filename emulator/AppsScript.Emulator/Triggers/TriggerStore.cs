using System.Collections.Generic;
using System.Linq;
using AppsScript.Emulator.Quotas;

namespace AppsScript.Emulator.Triggers;

/// <summary>The script's installed triggers, kept across executions.</summary>
public sealed class TriggerStore
{
    private readonly object _gate = new();
    private readonly List<InstalledTrigger> _triggers = new();
    private readonly PlatformLimits _limits;

    internal TriggerStore(PlatformLimits limits)
    {
        _limits = limits;
    }

    public IReadOnlyList<InstalledTrigger> All
    {
        get
        {
            lock (_gate) return _triggers.ToList();
        }
    }

    /// <summary>A user's triggers of this script, as <c>ScriptApp.getProjectTriggers()</c> lists them.</summary>
    public IReadOnlyList<InstalledTrigger> ForUser(string user)
    {
        lock (_gate) return _triggers.Where(trigger => trigger.User == user).ToList();
    }

    internal void Add(InstalledTrigger trigger)
    {
        lock (_gate)
        {
            if (_triggers.Count(existing => existing.User == trigger.User) >= _limits.TriggersPerUserPerScript)
            {
                throw new AppsScriptException("This script has too many triggers. Triggers must be deleted from the script before more can be added.");
            }
            _triggers.Add(trigger);
        }
    }

    internal bool Remove(string uniqueId)
    {
        lock (_gate) return _triggers.RemoveAll(trigger => trigger.UniqueId == uniqueId) > 0;
    }

    /// <summary>The trigger due first (ties in installation order), or null.</summary>
    internal InstalledTrigger? NextDue()
    {
        lock (_gate)
        {
            return _triggers.Where(trigger => trigger.NextRun is not null).MinBy(trigger => trigger.NextRun);
        }
    }
}

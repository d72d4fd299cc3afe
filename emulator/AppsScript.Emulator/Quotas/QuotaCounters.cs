using System;

namespace AppsScript.Emulator.Quotas;

/// <summary>The daily quotas one user of the script consumes, kept across executions.</summary>
public sealed class QuotaCounters
{
    internal QuotaCounters(PlatformLimits limits, TimeProvider clock)
    {
        UrlFetchCalls = new DailyQuota("urlfetch", limits.UrlFetchCallsPerDay, clock);
        EmailRecipients = new DailyQuota("email", limits.EmailRecipientsPerDay, clock);
        PropertiesCalls = new DailyQuota("properties", limits.PropertiesCallsPerDay, clock);
        TriggerRuntimeMilliseconds = new DailyQuota("trigger runtime", limits.TriggerRuntimePerDay.TotalMilliseconds, clock);
    }

    public DailyQuota UrlFetchCalls { get; }

    public DailyQuota EmailRecipients { get; }

    public DailyQuota PropertiesCalls { get; }

    /// <summary>The runtime of executions started by triggers, in milliseconds.</summary>
    public DailyQuota TriggerRuntimeMilliseconds { get; }

    /// <summary>Uses <paramref name="amount"/> of a per-day service quota or throws Apps Script's error for it.</summary>
    internal static void Use(DailyQuota quota, int amount = 1)
    {
        if (!quota.TryUse(amount)) throw new AppsScriptException($"Service invoked too many times for one day: {quota.Name}.");
    }
}

using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Core.Automation;

/// <summary>
/// Which row of the configuration data source an automation owns: how it is found, what a new one is called, and
/// where its copy is cached. The script's row is the one of Trigger Type GAS (a person may rename it); the
/// companion's is found by its Name (SPOTIFY_SYNC_AUTOMATION_NAME), so that several companions can share the data
/// source, and is added with Trigger Type Cron.
/// </summary>
public sealed class AutomationRowKey
{
    public AutomationRowKey(string triggerType, string name, bool foundByName, string cacheKey)
    {
        TriggerType = triggerType;
        Name = name;
        FoundByName = foundByName;
        CacheKey = cacheKey;
    }

    /// <summary>The Trigger Type a new row gets (and the script's row is found by).</summary>
    public string TriggerType { get; }

    /// <summary>The Name a new row gets (and the companion's row is found by).</summary>
    public string Name { get; }

    /// <summary>Found by <see cref="Name"/> when true, else by <see cref="TriggerType"/>.</summary>
    public bool FoundByName { get; }

    /// <summary>The cache key of the row's copy (JSON of <see cref="AutomationRow"/>).</summary>
    public string CacheKey { get; }

    /// <summary>The script's row, which <c>initializeSpotifySync</c> creates as <see cref="AutomationRowStore.DefaultName"/>.</summary>
    public static AutomationRowKey Script() => new AutomationRowKey(TriggerTypes.Gas, AutomationRowStore.DefaultName, false, AutomationRowStore.CacheKey);

    /// <summary>A companion's cron row, named <paramref name="name"/>.</summary>
    public static AutomationRowKey Cron(string name) => new AutomationRowKey(TriggerTypes.Cron, name, true, AutomationRowStore.CacheKey + "_CRON");

    /// <summary>The query filter that finds the row.</summary>
    public NotionFilter Filter()
    {
        if (FoundByName) return new NotionFilter { Property = AutomationProperties.Name, Title = new NotionTextCondition { EqualTo = Name } };
        return new NotionFilter { Property = AutomationProperties.TriggerType, Select = new NotionSelectCondition { EqualTo = TriggerType } };
    }
}

using System.Collections.Generic;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Automation;

/// <summary>
/// The configuration data source's properties with the configuration that creates each, so that
/// <c>initializeSpotifySync</c> adds the ones it lacks, as it does for Tracks; it never renames or removes any.
/// </summary>
public static class AutomationSchema
{
    /// <summary>Every property in docs/architecture.md's order.</summary>
    public static Dictionary<string, NotionPropertySchema> Definitions() => new Dictionary<string, NotionPropertySchema>
    {
        [AutomationProperties.Name] = new NotionPropertySchema { Title = new NotionEmptyConfiguration() },
        [AutomationProperties.TriggerType] = new NotionPropertySchema { Select = Options(TriggerTypes.Gas, TriggerTypes.Cron, TriggerTypes.Webhook) },
        [AutomationProperties.SyncEnabled] = new NotionPropertySchema { Checkbox = new NotionEmptyConfiguration() },
        [AutomationProperties.SyncInterval] = new NotionPropertySchema { Number = new NotionNumberConfiguration { Format = "number" } },
        [AutomationProperties.SyncMode] = new NotionPropertySchema { Select = Options(SyncModes.Incremental, SyncModes.Full, SyncModes.Manual) },
        [AutomationProperties.LastSync] = new NotionPropertySchema { Date = new NotionEmptyConfiguration() },
        [AutomationProperties.ErrorCount] = new NotionPropertySchema { Number = new NotionNumberConfiguration { Format = "number" } },
        [AutomationProperties.LastError] = new NotionPropertySchema { RichText = new NotionEmptyConfiguration() },
        [AutomationProperties.GasTriggerActive] = new NotionPropertySchema { Checkbox = new NotionEmptyConfiguration() },
        [AutomationProperties.CronActive] = new NotionPropertySchema { Checkbox = new NotionEmptyConfiguration() },
        [AutomationProperties.LeaseHolder] = new NotionPropertySchema { RichText = new NotionEmptyConfiguration() },
        [AutomationProperties.LeaseUntil] = new NotionPropertySchema { Date = new NotionEmptyConfiguration() },
    };

    /// <summary>
    /// The properties the data source lacks: the body of one <c>PATCH /v1/data_sources/{id}</c>. The title is never
    /// among them (every data source has one).
    /// </summary>
    public static NotionUpdateDataSourceRequest Missing(NotionDataSource dataSource)
    {
        var existing = dataSource.Properties ?? new Dictionary<string, NotionPropertySchema>();
        var missing = new NotionUpdateDataSourceRequest();
        foreach (var definition in Definitions())
        {
            if (definition.Value.Title is null && !existing.ContainsKey(definition.Key)) missing.Properties[definition.Key] = definition.Value;
        }
        return missing;
    }

    private static NotionOptionsConfiguration Options(params string[] names)
    {
        var options = new List<NotionSelectOption>();
        foreach (var name in names) options.Add(new NotionSelectOption { Name = name });
        return new NotionOptionsConfiguration { Options = options };
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SpotifySync.Companion.State;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// The companion's row in the Notion configuration database (CONFIG_DB_ID; ARCHITECTURE.md, "Configuration"): the
/// row whose Name is SPOTIFY_SYNC_AUTOMATION_NAME, with Trigger Type Cron. Runs read it (at most every 15 minutes)
/// for Sync Enabled and Sync Mode and write Last Sync, Error Count, Last Error and Cron Active when they changed;
/// <c>POST /gas/config</c> writes Sync Enabled, Sync Mode and Cron Active, adding the row if there is none.
/// </summary>
public sealed class NotionConfigurationRow(NotionClient client, string configDbId, string automationName)
{
    public const string Setting = "CONFIG_DB_ID";
    public const string Name = "Name";
    public const string TriggerType = "Trigger Type";
    public const string SyncEnabled = "Sync Enabled";
    public const string SyncMode = "Sync Mode";
    public const string LastSync = "Last Sync";
    public const string ErrorCount = "Error Count";
    public const string LastError = "Last Error";
    public const string CronActive = "Cron Active";
    public const string CronTrigger = "Cron";

    public static readonly TimeSpan ReadInterval = TimeSpan.FromMinutes(15);

    private string? _dataSourceId;

    /// <summary>The row as it is now, or null when the database has none for this companion.</summary>
    public ConfigurationRowCache? Read(DateTimeOffset now)
    {
        var filter = new NotionFilter { Property = Name, Title = new NotionTextCondition { EqualTo = automationName } };
        var page = client.QueryDataSource(DataSourceId(), filter, null, null, 1).Results?.FirstOrDefault();
        if (page?.Id is null) return null;
        var properties = page.Properties ?? [];
        NotionPropertyValue? Value(string name) => properties.TryGetValue(name, out var value) ? value : null;
        return new ConfigurationRowCache
        {
            PageId = page.Id,
            ReadAt = now.ToString("O", CultureInfo.InvariantCulture),
            SyncEnabled = Value(SyncEnabled)?.Checkbox ?? false,
            SyncMode = Value(SyncMode)?.Select?.Name,
            CronActive = Value(CronActive)?.Checkbox ?? false,
            ErrorCount = (int)(Value(ErrorCount)?.Number ?? 0),
            LastError = NotionText.PlainText(Value(LastError)?.RichText),
        };
    }

    /// <summary>Writes the switches to the row, adding the row when there is none; returns the row's page id.</summary>
    public string WriteSettings(string? pageId, AutomationSettings settings)
    {
        var properties = new Dictionary<string, NotionPropertyValue>
        {
            [SyncEnabled] = NotionValues.Checkbox(settings.SyncEnabled),
            [SyncMode] = NotionValues.Select(settings.SyncMode),
            [CronActive] = NotionValues.Checkbox(settings.CronActive),
        };
        if (pageId is not null)
        {
            client.UpdatePage(pageId, new NotionUpdatePageRequest { Properties = properties });
            return pageId;
        }
        properties[Name] = NotionValues.Title(automationName);
        properties[TriggerType] = NotionValues.Select(CronTrigger);
        var created = client.CreatePage(new NotionCreatePageRequest { Parent = new NotionParent { DataSourceId = DataSourceId() }, Properties = properties });
        return created.Id ?? throw new NotionApiException(200, "invalid_response", "Notion created the configuration row without an id", null, null);
    }

    /// <summary>Writes what a run changed.</summary>
    public void WriteRun(string pageId, Dictionary<string, NotionPropertyValue> changes) =>
        client.UpdatePage(pageId, new NotionUpdatePageRequest { Properties = changes });

    private string DataSourceId()
    {
        if (_dataSourceId is not null) return _dataSourceId;
        var id = NotionIds.Normalize(configDbId, Setting);
        try
        {
            var sources = client.RetrieveDatabase(id).DataSources ?? [];
            if (sources.Count != 1 || sources[0].Id is null)
            {
                throw new NotionSetupException($"The database {id} of {Setting} has {sources.Count} data sources: set {Setting} to the id of the configuration one (database ••• → Manage data sources → Copy data source ID).");
            }
            _dataSourceId = sources[0].Id!;
        }
        catch (NotionApiException error) when (error.Status is 400 or 404)
        {
            _dataSourceId = client.RetrieveDataSource(id).Id ?? id;
        }
        return _dataSourceId;
    }
}

using System;
using System.Collections.Generic;
using Newtonsoft.Json;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Ports;
using SpotifySync.Core.State;
using SpotifySync.Core.Timing;
using SpotifySync.Core.Sync;

namespace SpotifySync.Core.Automation;

/// <summary>
/// One automation's row (<see cref="AutomationRowKey"/>: the script's, Trigger Type GAS, or a companion's) of the
/// configuration data source of <c>CONFIG_DB_ID</c>: read from Notion
/// at most every <see cref="ReadIntervalMinutes"/> minutes and kept in the cache meanwhile (so an idle run with the
/// row cached makes no Notion call), written one PATCH of only the changed properties at a time, the cached copy
/// updated with what was written.
/// </summary>
public sealed class AutomationRowStore
{
    public const string Setting = "CONFIG_DB_ID";

    /// <summary>The cache key of the script's row (JSON of <see cref="AutomationRow"/>).</summary>
    public const string CacheKey = "SPOTIFY_SYNC_CACHE_AUTOMATION_ROW";

    public const int ReadIntervalMinutes = 15;

    /// <summary>The Name of the row <c>initializeSpotifySync</c> creates.</summary>
    public const string DefaultName = "SpotifySync (Apps Script)";

    private readonly NotionClient _notion;
    private readonly ICache _cache;
    private readonly IKeyValueStore _store;
    private readonly IClock _clock;
    private readonly string _configDbId;
    private readonly AutomationRowKey _key;
    private string? _dataSourceId;

    public AutomationRowStore(NotionClient notion, ICache cache, IKeyValueStore store, IClock clock, string configDbId, AutomationRowKey key)
    {
        _key = key;
        _notion = notion;
        _cache = cache;
        _store = store;
        _clock = clock;
        _configDbId = configDbId;
    }

    /// <summary>The configuration data source, resolved from <c>CONFIG_DB_ID</c> once and then read from the store.</summary>
    public string DataSourceId() => _dataSourceId ??= new NotionDataSourceResolver(_notion, _store, Setting, StateKeys.NotionConfigDataSource).ResolveDataSourceId(_configDbId);

    /// <summary>The row, from the cache while its read is under 15 minutes old, else from Notion; null when there is none.</summary>
    public AutomationRow? Read()
    {
        var row = Cached() ?? Fetch();
        return string.IsNullOrEmpty(row.PageId) ? null : row;
    }

    /// <summary>The row as Notion has it now (one query), cached from now on; an empty page id when there is none.</summary>
    public AutomationRow Fetch()
    {
        var results = _notion.QueryDataSource(DataSourceId(), _key.Filter(), null, null, 1).Results ?? new List<NotionPage>();
        var row = results.Count == 0 ? new AutomationRow { PageId = "" } : FromPage(results[0]);
        row.ReadAt = IsoTime.Format(_clock.UtcNow());
        Keep(row);
        return row;
    }

    /// <summary>
    /// <c>initializeSpotifySync</c>'s part: adds the configuration properties the data source lacks, then creates the
    /// script's row (enabled, incremental) or brings its Sync Interval and GAS Trigger Active up to date.
    /// </summary>
    public AutomationSetup Prepare(int intervalMinutes, bool triggerActive)
    {
        var setup = new AutomationSetup { DataSourceId = DataSourceId() };
        setup.PropertiesAdded.AddRange(AddMissingProperties());
        var row = Fetch();
        if (string.IsNullOrEmpty(row.PageId))
        {
            row = Create(new Dictionary<string, NotionPropertyValue>
            {
                [AutomationProperties.SyncEnabled] = NotionValues.Checkbox(true),
                [AutomationProperties.SyncInterval] = NotionValues.Number(intervalMinutes),
                [AutomationProperties.SyncMode] = NotionValues.Select(SyncModes.Incremental),
                [AutomationProperties.ErrorCount] = NotionValues.Number(0),
                [AutomationProperties.GasTriggerActive] = NotionValues.Checkbox(triggerActive),
            });
            setup.RowCreated = true;
        }
        else
        {
            var changes = new Dictionary<string, NotionPropertyValue>();
            if (row.SyncIntervalMinutes != intervalMinutes) changes[AutomationProperties.SyncInterval] = NotionValues.Number(intervalMinutes);
            if (row.GasTriggerActive != triggerActive) changes[AutomationProperties.GasTriggerActive] = NotionValues.Checkbox(triggerActive);
            Write(row, changes);
        }
        setup.RowId = row.PageId ?? "";
        setup.SyncEnabled = row.SyncEnabled ?? false;
        setup.SyncMode = row.SyncMode ?? "";
        return setup;
    }

    /// <summary>Adds the configuration properties the data source lacks (one read, and one write when any); returns their names.</summary>
    public List<string> AddMissingProperties()
    {
        var missing = AutomationSchema.Missing(_notion.RetrieveDataSource(DataSourceId()));
        if (missing.Properties.Count > 0) _notion.UpdateDataSource(DataSourceId(), missing);
        return new List<string>(missing.Properties.Keys);
    }

    /// <summary>Creates the row with <paramref name="properties"/> (the key's Name and Trigger Type added) and caches it.</summary>
    public AutomationRow Create(Dictionary<string, NotionPropertyValue> properties)
    {
        properties[AutomationProperties.Name] = NotionValues.Title(_key.Name);
        properties[AutomationProperties.TriggerType] = NotionValues.Select(_key.TriggerType);
        var page = _notion.CreatePage(new NotionCreatePageRequest { Parent = new NotionParent { DataSourceId = DataSourceId() }, Properties = properties });
        var row = FromPage(page);
        row.ReadAt = IsoTime.Format(_clock.UtcNow());
        Keep(row);
        return row;
    }

    /// <summary>Sets GAS Trigger Active when the row says otherwise (after the trigger was installed or removed).</summary>
    public void RecordTriggerActive(bool active)
    {
        if (Read() is not { } row || row.GasTriggerActive == active) return;
        Write(row, new Dictionary<string, NotionPropertyValue> { [AutomationProperties.GasTriggerActive] = NotionValues.Checkbox(active) });
    }

    /// <summary>Writes the changed properties (nothing when there are none) and keeps the cached row in step.</summary>
    public void Write(AutomationRow row, Dictionary<string, NotionPropertyValue> changes)
    {
        if (changes.Count == 0) return;
        var page = _notion.UpdatePage(row.PageId ?? "", new NotionUpdatePageRequest { Properties = changes });
        var written = FromPage(page);
        written.ReadAt = row.ReadAt;
        Keep(written);
    }

    private AutomationRow? Cached()
    {
        var text = _cache.Get(_key.CacheKey);
        if (text is null) return null;
        var row = JsonConvert.DeserializeObject<AutomationRow>(text);
        return row is not null && SecondsLeft(row) > 0 ? row : null;
    }

    /// <summary>Caches the row until 15 minutes after it was read, not after it was last written.</summary>
    private void Keep(AutomationRow row)
    {
        var seconds = SecondsLeft(row);
        if (seconds > 0) _cache.Put(_key.CacheKey, JsonConvert.SerializeObject(row), seconds);
    }

    private int SecondsLeft(AutomationRow row)
    {
        var readAt = IsoTime.Parse(row.ReadAt);
        if (readAt is null) return 0;
        return (int)Math.Floor((readAt.Value.AddMinutes(ReadIntervalMinutes) - _clock.UtcNow()).TotalSeconds);
    }

    private static AutomationRow FromPage(NotionPage page)
    {
        var properties = page.Properties ?? new Dictionary<string, NotionPropertyValue>();
        return new AutomationRow
        {
            PageId = page.Id ?? "",
            Name = NotionText.PlainText(Value(properties, AutomationProperties.Name)?.Title),
            SyncEnabled = Value(properties, AutomationProperties.SyncEnabled)?.Checkbox ?? false,
            SyncIntervalMinutes = Value(properties, AutomationProperties.SyncInterval)?.Number,
            SyncMode = Value(properties, AutomationProperties.SyncMode)?.Select?.Name ?? "",
            LastSync = Value(properties, AutomationProperties.LastSync)?.Date?.Start,
            ErrorCount = Value(properties, AutomationProperties.ErrorCount)?.Number ?? 0,
            LastError = NotionText.PlainText(Value(properties, AutomationProperties.LastError)?.RichText),
            GasTriggerActive = Value(properties, AutomationProperties.GasTriggerActive)?.Checkbox ?? false,
            CronActive = Value(properties, AutomationProperties.CronActive)?.Checkbox ?? false,
            LeaseHolder = NotionText.PlainText(Value(properties, AutomationProperties.LeaseHolder)?.RichText),
            LeaseUntil = Value(properties, AutomationProperties.LeaseUntil)?.Date?.Start,
            ReadAt = "",
        };
    }

    private static NotionPropertyValue? Value(Dictionary<string, NotionPropertyValue> properties, string name) =>
        properties.TryGetValue(name, out var value) ? value : null;
}

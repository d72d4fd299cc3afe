using System.Collections.Generic;
using System;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Automation;

/// <summary>
/// The companion's row of the Notion configuration database (CONFIG_DB_ID; docs/architecture.md, "Configuration"): the
/// row whose Name is SPOTIFY_SYNC_AUTOMATION_NAME, added with Trigger Type Cron. It is the sync core's
/// <see cref="AutomationRowStore"/> on the companion's ports: the row is read at most every 15 minutes (cached in the
/// state file, <see cref="StateFileCache"/>), the configuration data source is resolved once (in core-store.json),
/// and a write sends only the properties that changed.
/// </summary>
public sealed class CompanionRow
{
    private readonly AutomationRowStore _rows;

    private CompanionRow(AutomationRowStore rows, string name)
    {
        _rows = rows;
        Name = name;
    }

    /// <summary>The row's Name (SPOTIFY_SYNC_AUTOMATION_NAME).</summary>
    public string Name { get; }

    /// <summary>Whether the configuration names a configuration database and can reach Notion.</summary>
    public static bool IsConfigured(CompanionConfiguration configuration) =>
        configuration.ConfigDbId is not null && configuration.NotionToken is not null && configuration.TracksDbId is not null;

    /// <summary>The row of <paramref name="configuration"/>, or null without CONFIG_DB_ID.</summary>
    public static CompanionRow? For(CompanionConfiguration configuration, NotionConnection notion, StateStore state, TimeProvider time)
    {
        if (configuration.ConfigDbId is not { } configDbId) return null;
        var rows = new AutomationRowStore(notion.Client, new StateFileCache(state, time), CoreStore.For(configuration), new SystemClock(time),
            configDbId, AutomationRowKey.Cron(configuration.AutomationName));
        return new CompanionRow(rows, configuration.AutomationName);
    }

    /// <summary>The row (cached up to 15 minutes), or null when the database has none of this Name.</summary>
    public AutomationRow? Read() => _rows.Read();

    /// <summary>Writes <paramref name="changes"/> to the row (nothing when empty).</summary>
    public void Write(AutomationRow row, Dictionary<string, NotionPropertyValue> changes) => _rows.Write(row, changes);

    /// <summary>
    /// Gives the row the switches that are not null, writing only those it does not have yet; without a row, adds one
    /// with them and, for the others, <paramref name="current"/>'s. Says what it did: "added ID", "updated ID" or
    /// "unchanged ID".
    /// </summary>
    public string Apply(bool? syncEnabled, string? syncMode, bool? cronActive, AutomationSettings current)
    {
        if (_rows.Read() is not { } row)
        {
            var created = _rows.Create(new Dictionary<string, NotionPropertyValue>
            {
                [AutomationProperties.SyncEnabled] = NotionValues.Checkbox(syncEnabled ?? current.SyncEnabled),
                [AutomationProperties.SyncMode] = NotionValues.Select(syncMode ?? current.SyncMode),
                [AutomationProperties.CronActive] = NotionValues.Checkbox(cronActive ?? current.CronActive),
            });
            return $"added {created.PageId}";
        }
        var changes = new Dictionary<string, NotionPropertyValue>();
        if (syncEnabled is { } enabled && enabled != (row.SyncEnabled ?? false)) changes[AutomationProperties.SyncEnabled] = NotionValues.Checkbox(enabled);
        if (syncMode is not null && syncMode != row.SyncMode) changes[AutomationProperties.SyncMode] = NotionValues.Select(syncMode);
        if (cronActive is { } active && active != (row.CronActive ?? false)) changes[AutomationProperties.CronActive] = NotionValues.Checkbox(active);
        _rows.Write(row, changes);
        return $"{(changes.Count == 0 ? "unchanged" : "updated")} {row.PageId}";
    }

    /// <summary>The row's Sync Mode as the companion's switch: empty or unknown reads as incremental, as in the core.</summary>
    public static string SyncModeOf(AutomationRow row) =>
        row.SyncMode is SyncModes.Full or SyncModes.Manual ? row.SyncMode : SyncModes.Incremental;

    /// <summary>Whether a failure to read or write the row is Notion's or the network's (logged, the run goes on).</summary>
    public static bool IsNotionFailure(Exception exception) =>
        exception is NotionApiException or NotionSetupException or System.Net.Http.HttpRequestException;
}

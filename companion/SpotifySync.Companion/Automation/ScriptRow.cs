using System;
using System.Collections.Generic;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Companion.Automation;

/// <summary>
/// Apps Script's row of the configuration database (CONFIG_DB_ID): the row of Trigger Type GAS that
/// <c>initializeSpotifySync</c> adds, of which the companion writes only the Sync Interval. The script reads its row at
/// most every 15 minutes and moves its sync trigger to the row's interval at its next trigger run
/// (<c>core/Automation/AutomatedSync.cs</c>), so this is how the interval reaches Apps Script, which nothing can call.
/// The row is read afresh before the write: it is the script's and the person's to change.
/// </summary>
public sealed class ScriptRow
{
    private readonly AutomationRowStore _rows;

    private ScriptRow(AutomationRowStore rows)
    {
        _rows = rows;
    }

    /// <summary>The script's row in <paramref name="configuration"/>'s CONFIG_DB_ID, which must be set.</summary>
    public static ScriptRow For(CompanionConfiguration configuration, NotionConnection notion, StateStore state, TimeProvider time) =>
        new(new AutomationRowStore(notion.Client, new StateFileCache(state, time), CoreStore.For(configuration), new SystemClock(time),
            configuration.ConfigDbId ?? throw new InvalidOperationException("The script's row needs CONFIG_DB_ID."), AutomationRowKey.Script()));

    /// <summary>Gives the row the Sync Interval; says what it did, or null when the database has no row of Trigger Type GAS.</summary>
    public string? SetSyncInterval(int minutes)
    {
        var row = _rows.Fetch();
        if (string.IsNullOrEmpty(row.PageId)) return null;
        if (row.SyncIntervalMinutes == minutes) return $"unchanged: the row '{row.Name}' ({row.PageId}) has {AutomationProperties.SyncInterval} {minutes} already.";
        _rows.Write(row, new Dictionary<string, NotionPropertyValue> { [AutomationProperties.SyncInterval] = NotionValues.Number(minutes) });
        return $"{AutomationProperties.SyncInterval} {minutes} written to the row '{row.Name}' ({row.PageId}): Apps Script moves its sync trigger to every {minutes} min " +
               $"at the first trigger run that reads the row again (it reads it at most every {AutomationRowStore.ReadIntervalMinutes} minutes).";
    }
}

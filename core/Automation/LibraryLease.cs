using System;
using System.Collections.Generic;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Automation;

/// <summary>
/// Keeps the two writers of the Tracks database (the script's triggers and the companion's runs) from writing it at
/// the same time, since Notion has no unique keys and both could create the same track. The lease is Lease Holder
/// and Lease Until in the script's configuration row (Trigger Type GAS), the one row both sides find; without
/// <c>CONFIG_DB_ID</c>, or without that row, there is nobody to share with and no lease. A run takes it before its
/// first write to the library (an idle run never asks) for <see cref="Minutes"/> minutes, renews it as it writes
/// once half of that has passed, and frees it when it ends; a run that died leaves it to expire. Notion cannot
/// compare and set, so a taker writes its name, waits <see cref="SettleMilliseconds"/> (far longer than another
/// side needs between reading the row and writing it) and reads the row again: the last writer wins, and the
/// other side sees that it lost. The holder is the side, not the run: a side's runs never overlap (each side has
/// its run lock), so a run may take over the lease its side's last run left behind when it was killed.
/// </summary>
public sealed class LibraryLease
{
    public const int Minutes = 10;

    public const int SettleMilliseconds = 5000;

    private readonly AutomationRowStore? _rows;
    private readonly IClock _clock;
    private readonly ILog _log;
    private readonly string _holder;
    private DateTime? _until;
    private bool _unshared;

    /// <param name="rows">The script's configuration row; null without <c>CONFIG_DB_ID</c>.</param>
    /// <param name="holder">Which side this run is, as Lease Holder shows it.</param>
    public LibraryLease(AutomationRowStore? rows, IClock clock, ILog log, string holder)
    {
        _rows = rows;
        _clock = clock;
        _log = log;
        _holder = holder;
    }

    public string Holder => _holder;

    /// <summary>The other side, when this run found it holding the lease; null otherwise.</summary>
    public string? TakenBy { get; private set; }

    /// <summary>
    /// Before a write to the library: takes the lease, or renews it when half its time has passed.
    /// </summary>
    /// <exception cref="LibraryLeaseTakenException">The other side holds it.</exception>
    public void Hold()
    {
        if (_rows is null || _unshared) return;
        var now = _clock.UtcNow();
        if (_until is { } until && (until - now).TotalMinutes > Minutes / 2.0) return;
        var row = _rows.Fetch();
        if (string.IsNullOrEmpty(row.PageId))
        {
            _unshared = true;
            _log.Info($"The configuration data source of {AutomationRowStore.Setting} has no row of Trigger Type {TriggerTypes.Gas} to hold the library lease: this run syncs without one (run initializeSpotifySync to add the row).");
            return;
        }
        if (HeldByAnother(row, now)) throw Taken(row);
        var taking = _until is null;
        var expires = now.AddMinutes(Minutes);
        Write(row, _holder, expires);
        if (taking)
        {
            _clock.Sleep(SettleMilliseconds);
            var settled = _rows.Fetch();
            if (settled.LeaseHolder != _holder) throw Taken(settled);
        }
        _until = expires;
    }

    /// <summary>Frees the lease this run holds, if it still does; a failure only leaves it to expire.</summary>
    public void Release()
    {
        if (_rows is null || _until is null) return;
        _until = null;
        try
        {
            var row = _rows.Fetch();
            if (row.LeaseHolder == _holder) Write(row, "", _clock.UtcNow());
        }
        catch (NotionApiException error)
        {
            _log.Info($"The library lease was not freed ({error.Message}); it expires on its own within {Minutes} minutes.");
        }
    }

    private LibraryLeaseTakenException Taken(AutomationRow row)
    {
        TakenBy = row.LeaseHolder ?? "";
        return new LibraryLeaseTakenException(TakenBy, row.LeaseUntil);
    }

    private bool HeldByAnother(AutomationRow row, DateTime now) =>
        !string.IsNullOrEmpty(row.LeaseHolder) && row.LeaseHolder != _holder && IsoTime.Parse(row.LeaseUntil) is { } until && until > now;

    /// <summary>Writes the lease; a row whose data source lacks the lease's properties gets them first.</summary>
    private void Write(AutomationRow row, string holder, DateTime until)
    {
        var changes = new Dictionary<string, NotionPropertyValue>
        {
            [AutomationProperties.LeaseHolder] = NotionValues.RichText(holder),
            [AutomationProperties.LeaseUntil] = NotionValues.Date(IsoTime.Format(until)),
        };
        try
        {
            _rows!.Write(row, changes);
        }
        catch (NotionApiException error) when (error.Status == 400 && error.Code == "validation_error")
        {
            if (_rows!.AddMissingProperties().Count == 0) throw;
            _rows.Write(row, changes);
        }
    }
}

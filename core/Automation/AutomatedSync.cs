using System;
using System.Collections.Generic;
using System.Linq;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Sync.Results;
using SpotifySync.Core.Timing;

namespace SpotifySync.Core.Automation;

/// <summary>
/// The script's runs under its configuration row (when <c>CONFIG_DB_ID</c> is set), by the switches' one rule
/// (<see cref="RunSwitches"/>): a trigger's run skips with its reason logged and no Spotify call, or carries the full
/// sync on; runs started by hand (the incremental, full, recently played and playlist syncs) sync whatever the
/// switches. A Sync Interval changed in the row moves the trigger to it (one that Apps Script cannot run is
/// reported in Last Error instead). After every run the row gets
/// only what changed: Last Sync when the run did something or its status changed, Error Count and Last Error on a
/// failure (reset by the next success), GAS Trigger Active from the trigger's state.
/// </summary>
public sealed class AutomatedSync
{
    private readonly SyncServices _services;
    private readonly Func<bool> _triggerActive;
    private AutomationRowStore? _rows;
    private AutomationRow? _row;

    /// <param name="triggerActive">Whether the sync trigger is installed, asked only when the row is written.</param>
    public AutomatedSync(SyncServices services, Func<bool> triggerActive)
    {
        _services = services;
        _triggerActive = triggerActive;
    }

    /// <summary>The incremental sync of the saved tracks: the sync trigger's handler, also run by hand.</summary>
    /// <param name="triggerRun">Started by the time-driven trigger, so the row's switches apply.</param>
    /// <param name="moveTrigger">Reinstalls the sync trigger at the interval given, which the settings already hold.</param>
    public SavedTracksResult Run(bool triggerRun, Action<int> moveTrigger)
    {
        var row = ReadRow();
        var intervalProblem = row is null ? null : FollowSyncInterval(row, triggerRun ? moveTrigger : null);
        if (Skip(triggerRun) is { } reason)
        {
            return new SavedTracksResult { Status = RunStatuses.Skipped, Error = reason, Watermark = _services.Store.Watermark()?.AddedAt, Summary = Skipped(SavedTracksSync.Operation, reason) };
        }
        var result = RunSwitches.RunsFull(row?.SyncMode, triggerRun) ? CarryOnFullSync() : new SavedTracksSync(_services).Run();
        Record(result.Status, result.Error, DidSomething(result), intervalProblem);
        return result;
    }

    /// <summary>The <c>fullSync()</c> entry point, its outcome kept in the row.</summary>
    public FullSyncResult FullSync()
    {
        ReadRow();
        var result = new FullSync(_services).Run();
        Record(result.Status, result.Error, FullSyncDidSomething(result), KeptProblem());
        return result;
    }

    /// <summary>The <c>syncRecentlyPlayed()</c> entry point and the recently played trigger's handler.</summary>
    /// <param name="triggerRun">Started by the time-driven trigger, so the row's switches apply.</param>
    public RecentlyPlayedResult RecentlyPlayed(bool triggerRun)
    {
        ReadRow();
        if (Skip(triggerRun) is { } reason)
        {
            return new RecentlyPlayedResult { Status = RunStatuses.Skipped, Error = reason, Cursor = _services.Store.RecentlyPlayedCursor(), Summary = Skipped(RecentlyPlayedSync.Operation, reason) };
        }
        var result = new RecentlyPlayedSync(_services).Run();
        Record(result.Status, result.Error, result.PlaysCounted + result.Tracks.Created + result.Tracks.Updated > 0, KeptProblem());
        return result;
    }

    /// <summary>The <c>syncPlaylist(playlistId)</c> entry point, its outcome kept in the row.</summary>
    public PlaylistSyncResult Playlist(string playlistId)
    {
        ReadRow();
        var result = new PlaylistSync(_services).Run(playlistId);
        Record(result.Status, result.Error, result.Tracks.Created + result.Tracks.Updated > 0, KeptProblem());
        return result;
    }

    /// <summary>Why a trigger run under the row does nothing, or null when it syncs.</summary>
    private string? Skip(bool triggerRun) =>
        _row is null ? null : RunSwitches.SkipReason(_row.SyncEnabled == true, _row.SyncMode, triggerRun, $"in the configuration row '{_row.Name}'");

    /// <summary>A skipped run's summary, logged.</summary>
    private string Skipped(string operation, string reason)
    {
        var summary = $"{operation}: {RunStatuses.Skipped}, {reason}";
        _services.Ports.Log.Info(summary);
        return summary;
    }

    /// <summary>
    /// A run that follows no Sync Interval keeps one it cannot follow in Last Error, until a trigger run judges it
    /// again.
    /// </summary>
    private string? KeptProblem() => _row is null ? null : FollowSyncInterval(_row, null);

    /// <summary>
    /// Moves the trigger to the row's Sync Interval when a person changed it (a trigger run only: without
    /// <paramref name="moveTrigger"/> nothing moves); returns why it cannot, or null. The interval is stored in the
    /// settings first, so <c>setupTimeTrigger</c> and later runs agree with the row.
    /// </summary>
    private string? FollowSyncInterval(AutomationRow row, Action<int>? moveTrigger)
    {
        var current = _services.Options.TriggerIntervalMinutes;
        if (row.SyncIntervalMinutes is not { } wanted || wanted == current) return null;
        if ((int)wanted != wanted || !SyncSettingsRules.TriggerIntervals.Contains((int)wanted))
        {
            return $"{AutomationProperties.SyncInterval} {wanted} in the configuration row '{row.Name}' is not 1, 5, 10, 15 or 30 minutes, the intervals Apps Script's triggers accept: the trigger stays at every {current} min.";
        }
        if (moveTrigger is null) return null;
        var settings = _services.Store.Settings();
        settings.TriggerIntervalMinutes = (int)wanted;
        _services.Store.SaveSettings(settings);
        moveTrigger((int)wanted);
        _services.Ports.Log.Info($"{AutomationProperties.SyncInterval} is {wanted} in the configuration row '{row.Name}': the trigger moved from every {current} min to every {wanted} min.");
        return null;
    }

    /// <summary>
    /// The properties to write after a run that ended with <paramref name="status"/>: empty when the row already
    /// says everything there is to say, so an idle run writes nothing. A <paramref name="rowProblem"/> (a setting of
    /// the row that cannot be followed) stays in Last Error, without counting as an error, until it is mended.
    /// </summary>
    public static Dictionary<string, NotionPropertyValue> Changes(AutomationRow row, string status, string? error, bool didSomething, bool triggerActive, DateTime now, string? rowProblem)
    {
        var changes = RunChanges(row, status, error, didSomething, now, rowProblem);
        if (triggerActive != (row.GasTriggerActive ?? false)) changes[AutomationProperties.GasTriggerActive] = NotionValues.Checkbox(triggerActive);
        return changes;
    }

    /// <summary>
    /// The run's part of <see cref="Changes"/>, the same for every automation's row: Error Count and Last Error on a
    /// failure, reset by the next success (a <paramref name="rowProblem"/> stays in Last Error), and Last Sync when a
    /// successful run did something or recovered.
    /// </summary>
    public static Dictionary<string, NotionPropertyValue> RunChanges(AutomationRow row, string status, string? error, bool didSomething, DateTime now, string? rowProblem)
    {
        var changes = new Dictionary<string, NotionPropertyValue>();
        if (status == RunStatuses.Failed || status == RunStatuses.Reauthorize)
        {
            changes[AutomationProperties.ErrorCount] = NotionValues.Number((row.ErrorCount ?? 0) + 1);
            var lastError = NotionText.Cut($"{IsoTime.Format(now)} {status}: {error ?? ""}", NotionText.MaxRichTextLength);
            if (lastError != row.LastError) changes[AutomationProperties.LastError] = NotionValues.RichText(lastError);
        }
        else if (status == RunStatuses.Done || status == RunStatuses.Stopped)
        {
            var failing = (row.ErrorCount ?? 0) != 0;
            var lastError = rowProblem ?? "";
            var recovered = failing || (!string.IsNullOrEmpty(row.LastError) && rowProblem is null);
            if (failing) changes[AutomationProperties.ErrorCount] = NotionValues.Number(0);
            if ((row.LastError ?? "") != lastError) changes[AutomationProperties.LastError] = NotionValues.RichText(lastError);
            if (didSomething || recovered || row.LastSync is null) changes[AutomationProperties.LastSync] = NotionValues.Date(IsoTime.Format(now));
        }
        return changes;
    }

    private SavedTracksResult CarryOnFullSync()
    {
        var full = new FullSync(_services).Run();
        return new SavedTracksResult
        {
            Summary = full.Summary,
            Status = full.Status,
            Error = full.Error,
            FullSync = full,
            Watermark = _services.Store.Watermark()?.AddedAt,
            DurationMs = full.DurationMs,
        };
    }

    /// <summary>Writes what the run changed to the row read by <see cref="ReadRow"/>, when there is one.</summary>
    private void Record(string status, string? error, bool didSomething, string? rowProblem)
    {
        if (_rows is null || _row is null) return;
        var changes = Changes(_row, status, error, didSomething, _triggerActive(), _services.Ports.Clock.UtcNow(), rowProblem);
        try
        {
            _rows.Write(_row, changes);
        }
        catch (NotionApiException notWritten)
        {
            _services.Ports.Log.Info($"The configuration row of {AutomationRowStore.Setting} was not updated ({notWritten.Message}); the next run tries again.");
        }
    }

    /// <summary>
    /// The row, or null without <c>CONFIG_DB_ID</c> or (logged) when Notion cannot give it now: the sync then runs as
    /// without a row. Kept for this run's switches and for <see cref="Record"/>.
    /// </summary>
    private AutomationRow? ReadRow()
    {
        _row = null;
        _rows = _services.AutomationRows();
        if (_rows is null) return null;
        try
        {
            _row = _rows.Read();
            return _row;
        }
        catch (NotionApiException error)
        {
            _services.Ports.Log.Info($"The configuration row of {AutomationRowStore.Setting} could not be read ({error.Message}); this run syncs as without one.");
            return null;
        }
    }

    private static bool DidSomething(SavedTracksResult result) =>
        result.Tracks.Created + result.Tracks.Updated > 0 || (result.FullSync is { } full && FullSyncDidSomething(full));

    private static bool FullSyncDidSomething(FullSyncResult result) => result.Tracks.Created + result.Tracks.Updated + result.Unchecked > 0;
}

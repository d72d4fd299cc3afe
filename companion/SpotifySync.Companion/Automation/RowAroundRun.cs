using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.State;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Automation;

/// <summary>
/// The companion's configuration row around one run: before it, the row's switches are read and kept in the state
/// file (a run that cannot read the row follows those last read); after it, the row gets only what changed, the
/// core's <see cref="AutomatedSync.RunChanges"/> and Cron Active when the crontab says otherwise.
/// </summary>
public sealed class RowAroundRun(CompanionRow rows, CompanionConfiguration configuration, StateStore state, ILogger log, TimeProvider time)
{
    /// <summary>The row, its switches copied to the state file; null when there is no row of this Name or Notion cannot give it now.</summary>
    public AutomationRow? Read()
    {
        AutomationRow? row;
        try
        {
            row = rows.Read();
        }
        catch (Exception exception) when (CompanionRow.IsNotionFailure(exception))
        {
            log.Warning("The configuration row of {Setting} could not be read ({Error}); this run follows the last switches", AutomationRowStore.Setting, exception.Message);
            return null;
        }
        if (row is null)
        {
            log.Warning("The configuration database has no row named {Name}: add one, or run `spotify-sync cron install` or POST /gas/config to have it added", rows.Name);
            return null;
        }
        var enabled = row.SyncEnabled ?? false;
        var mode = CompanionRow.SyncModeOf(row);
        var automation = state.Read().Automation;
        if (automation.SyncEnabled != enabled || automation.SyncMode != mode)
        {
            state.Update(s =>
            {
                s.Automation.SyncEnabled = enabled;
                s.Automation.SyncMode = mode;
                s.Automation.UpdatedAt = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            });
        }
        return row;
    }

    /// <summary>Writes to the row what the run changed (nothing for a run the switches stopped), and Cron Active when it is wrong.</summary>
    /// <param name="failure">The error that ended the run, if one did.</param>
    public async Task RecordAsync(AutomationRow row, RunRecord run, string? failure, CancellationToken cancellation)
    {
        var changes = run.Outcome is RunOutcomes.Disabled or RunOutcomes.Skipped
            ? new Dictionary<string, NotionPropertyValue>()
            : AutomatedSync.RunChanges(row, failure is null && run.Errors.Count == 0 ? RunStatuses.Done : RunStatuses.Failed,
                failure ?? run.Errors.FirstOrDefault(), run.DidSomething(), time.GetUtcNow().UtcDateTime, null);
        if (await CronInstalledAsync(cancellation) is { } cronActive)
        {
            if (cronActive != (row.CronActive ?? false)) changes[AutomationProperties.CronActive] = NotionValues.Checkbox(cronActive);
            if (state.Read().Automation.CronActive != cronActive) state.Update(s => s.Automation.CronActive = cronActive);
        }
        if (changes.Count == 0) return;
        try
        {
            rows.Write(row, changes);
            log.Information("Wrote {Properties} to the configuration row {Name}", string.Join(", ", changes.Keys), rows.Name);
        }
        catch (Exception exception) when (CompanionRow.IsNotionFailure(exception))
        {
            log.Warning("The configuration row was not updated ({Error}); the next run tries again", exception.Message);
        }
    }

    /// <summary>Whether the schedule's lines are in the crontab; null (logged) when the crontab cannot be read.</summary>
    private async Task<bool?> CronInstalledAsync(CancellationToken cancellation)
    {
        try
        {
            return CronEntries.Installed(await new CrontabProgram(configuration.Crontab, configuration.Environment).ReadAsync(cancellation)).Count > 0;
        }
        catch (CrontabException exception)
        {
            log.Warning("Cron Active is left as it is: {Error}", exception.Message);
            return null;
        }
    }
}

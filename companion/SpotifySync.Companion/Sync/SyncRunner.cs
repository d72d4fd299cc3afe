using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using Serilog;
using SpotifySync.Companion.Automation;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Webhooks;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Notion.Model;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// One sync run, from the schedule, a person or the server: takes the lock (or reports who holds it), removes what
/// killed writes left, records the run in the state file as it starts (so a killed run is seen as interrupted by the
/// next), honours the switches of the configuration row (<see cref="CompanionRow"/>), runs the full Spotify → Notion
/// sync (full runs with Spotify credentials) and the download workflow (which checks yt-dlp when a track is to be
/// downloaded), writes to the row what
/// changed, reports to the Apps Script web app, and records how it ended with its exit code (<see cref="ExitCodes"/>).
/// </summary>
public sealed class SyncRunner(CompanionConfiguration configuration, StateStore state, ILogger log, TimeProvider time)
{
    /// <summary>The full Spotify → Notion sync of full runs (<see cref="CoreLibrarySync.For"/>); null without Spotify credentials.</summary>
    public ILibrarySync? LibrarySync { get; init; }

    /// <summary>What downloads the tracks: yt-dlp as configured when null (the demo's stand-in otherwise).</summary>
    public IDownloader? Downloader { get; init; }

    public async Task<SyncResult> RunAsync(SyncRequest request, CancellationToken cancellation)
    {
        var held = TryLock(request, out var busy);
        if (held is null) return busy!;
        using (held) return await RunLockedAsync(request, cancellation);
    }

    /// <summary>Takes the lock for the request, or returns null with the answer for a busy lock.</summary>
    public SyncLock? TryLock(SyncRequest request, out SyncResult? busy)
    {
        var syncLock = SyncLock.TryAcquire(configuration.LockFile, request.RunId, out var heldBy, out var takenOver);
        if (syncLock is null)
        {
            var message = $"Another sync is running (run {heldBy!.RunId}, PID {heldBy.Pid}, since {heldBy.Since}); this one did nothing.";
            log.Information("{Message}", message);
            busy = new SyncResult(ExitCodes.AlreadyRunning, null, heldBy, message);
            return null;
        }
        if (takenOver is not null) log.Warning("Took over the lock of run {RunId}: its process {Pid} is gone", takenOver.RunId, takenOver.Pid);
        busy = null;
        return syncLock;
    }

    /// <summary>Runs with the lock already held by the caller, who releases it.</summary>
    public async Task<SyncResult> RunLockedAsync(SyncRequest request, CancellationToken cancellation)
    {
        RemoveLeftoverWrites();
        var run = new RunRecord
        {
            RunId = request.RunId, Mode = request.Mode, Trigger = request.Trigger, Pid = Environment.ProcessId, StartedAt = Now(),
        };
        state.Update(s =>
        {
            // Only the lock's holder runs, so a run still marked running belongs to a process that is gone.
            foreach (var stale in s.Runs.Where(r => r.Outcome == RunOutcomes.Running)) stale.Outcome = RunOutcomes.Interrupted;
            s.AddRun(run);
        });
        log.Information("Run {RunId} ({Mode}, {Trigger}) started", run.RunId, run.Mode, run.Trigger);
        int exitCode;
        string message;
        try
        {
            exitCode = await WorkAsync(run, cancellation);
            message = run.SkipReason ?? (run.Library is { } library ? $"Spotify → Notion {library.Summary}. " : "") +
                  $"{run.Pending} track(s) to download: {run.Downloaded} downloaded, {run.NotFound} not found, {run.Failed} failed" +
                  (run.Mode == SyncModes.Full ? $"; {run.Retried} retried, {run.MissingFiles} missing file(s) set back to Pending." : ".");
        }
        catch (Exception exception) when (Classify(exception) is { } code)
        {
            exitCode = code;
            message = exception.Message;
            run.Errors.Add(exception.Message);
            // An unexpected error's stack trace is what a bug report needs; an expected one is said in full by its message.
            if (code == ExitCodes.Error) log.Error(exception, "Run {RunId} failed", run.RunId);
            else log.Error("Run {RunId} failed: {Error}", run.RunId, exception.Message);
        }
        if (run.SkipReason is null)
        {
            run.Outcome = exitCode switch
            {
                ExitCodes.Success => RunOutcomes.Succeeded,
                ExitCodes.CompletedWithErrors => RunOutcomes.CompletedWithErrors,
                _ => RunOutcomes.Failed,
            };
        }
        run.FinishedAt = Now();
        if (await ReportAsync(run, cancellation) is { } reportError && exitCode == ExitCodes.Success)
        {
            run.Errors.Add(reportError);
            exitCode = ExitCodes.CompletedWithErrors;
            run.Outcome = RunOutcomes.CompletedWithErrors;
        }
        run.ExitCode = exitCode;
        state.Update(s =>
        {
            var index = s.Runs.FindIndex(r => r.RunId == run.RunId);
            if (index >= 0) s.Runs[index] = run;
            else s.AddRun(run);
        });
        log.Information("Run {RunId} ended {Outcome} (exit {ExitCode}): {Message}", run.RunId, run.Outcome, exitCode, message);
        return new SyncResult(exitCode, run, null, message);
    }

    private async Task<int> WorkAsync(RunRecord run, CancellationToken cancellation)
    {
        configuration.RequireNotion();
        using var notion = new NotionConnection(configuration, time);
        var rows = CompanionRow.For(configuration, notion, state, time);
        var row = rows is null ? null : ReadRow(rows);
        int exitCode;
        try
        {
            exitCode = await WorkUnderSwitchesAsync(run, notion, row is not null, cancellation);
        }
        catch (Exception exception) when (rows is not null && row is not null && Classify(exception) is not null)
        {
            await RecordAsync(rows, row, run, exception.Message, cancellation);
            throw;
        }
        if (rows is not null && row is not null) await RecordAsync(rows, row, run, null, cancellation);
        return exitCode;
    }

    private async Task<int> WorkUnderSwitchesAsync(RunRecord run, NotionConnection notion, bool fromRow, CancellationToken cancellation)
    {
        var automation = state.Read().Automation;
        var automatic = RunTriggers.IsAutomatic(run.Trigger);
        if (RunSwitches.SkipReason(automation.SyncEnabled, automation.SyncMode, automatic, Where(fromRow)) is { } reason)
        {
            run.Outcome = automation.SyncEnabled ? RunOutcomes.Skipped : RunOutcomes.Disabled;
            run.SkipReason = reason;
            log.Information("{Reason}", reason);
            return ExitCodes.Success;
        }
        if (RunSwitches.RunsFull(automation.SyncMode, automatic) && run.Mode != SyncModes.Full)
        {
            log.Information("Sync Mode is full {Where}: this {Trigger} {Mode} run runs as a full run", Where(fromRow), run.Trigger, run.Mode);
            run.Mode = SyncModes.Full;
        }
        var ytDlp = Downloader ?? new YtDlp(configuration.YtDlp, configuration.DownloadDir, configuration.DownloadArchive, configuration.AudioFormat, configuration.DownloadTimeout, configuration.Environment);
        var full = run.Mode == SyncModes.Full;
        if (full && LibrarySync is not null)
        {
            run.Library = await LibrarySync.RunAsync(run.RunId, cancellation);
            log.Information("Spotify → Notion {Summary}", run.Library.Summary);
            if (run.Library.Status != Core.Sync.RunStatuses.Done) run.Errors.Add($"The Spotify → Notion sync ended {run.Library.Status}: {run.Library.Error}");
        }
        var workflow = new DownloadWorkflow(new TrackPages(notion, configuration.TrackProperties), ytDlp, state, configuration.MaxDownloadAttempts, log, time);
        var counts = new DownloadCounts();
        try
        {
            await workflow.RunAsync(full, counts, run.Errors, cancellation);
        }
        finally
        {
            // Also when an error ends the run midway: the tracks handled until then are in Notion and the state file.
            run.Pending = counts.Pending;
            run.Downloaded = counts.Downloaded;
            run.NotFound = counts.NotFound;
            run.Failed = counts.Failed;
            run.Retried = counts.Retried;
            run.MissingFiles = counts.MissingFiles;
        }
        return run.Errors.Count > 0 ? ExitCodes.CompletedWithErrors : ExitCodes.Success;
    }

    private string Where(bool fromRow)
    {
        if (configuration.ConfigDbId is null) return "(set by POST /gas/config)";
        return $"in the configuration row '{configuration.AutomationName}' of {AutomationRowStore.Setting}{(fromRow ? "" : " as last read")}";
    }

    /// <summary>
    /// The row (cached up to 15 minutes), its switches made the companion's; null (logged) when the database has no
    /// row of this Name or Notion cannot give it now, and the switches of the state file apply.
    /// </summary>
    private AutomationRow? ReadRow(CompanionRow rows)
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
                s.Automation.UpdatedAt = Now();
            });
        }
        return row;
    }

    /// <summary>
    /// Writes to the row only what changed: the run's Last Sync, Error Count and Last Error (<see cref="AutomatedSync.RunChanges"/>;
    /// none for a run the switches stopped) and Cron Active when the crontab says otherwise than the row.
    /// </summary>
    private async Task RecordAsync(CompanionRow rows, AutomationRow row, RunRecord run, string? failure, CancellationToken cancellation)
    {
        var changes = run.Outcome is RunOutcomes.Disabled or RunOutcomes.Skipped
            ? new Dictionary<string, NotionPropertyValue>()
            : AutomatedSync.RunChanges(row, failure is null && run.Errors.Count == 0 ? Core.Sync.RunStatuses.Done : Core.Sync.RunStatuses.Failed,
                failure ?? run.Errors.FirstOrDefault(), DidSomething(run), time.GetUtcNow().UtcDateTime, null);
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

    private static bool DidSomething(RunRecord run) =>
        run.Downloaded + run.NotFound + run.Failed + run.MissingFiles + run.Retried > 0
        || (run.Library is { } library && library.Created + library.Updated + library.Unchecked > 0);

    /// <summary>Sends the run's record to the Apps Script web app when one is configured; returns the error, if any.</summary>
    private async Task<string?> ReportAsync(RunRecord run, CancellationToken cancellation)
    {
        if (configuration.GasWebAppUrl is not { } url || configuration.WebhookSecret is not { } secret) return null;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            await new GasWebAppClient(http, url, secret, time).SendAsync(new { @event = "companion.run", run }, cancellation);
            log.Information("Reported run {RunId} to Apps Script", run.RunId);
            return null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            log.Warning("Reporting run {RunId} to Apps Script failed: {Error}", run.RunId, exception.Message);
            return $"Reporting to Apps Script failed: {exception.Message}";
        }
    }

    /// <summary>
    /// Removes the temporary files of atomic writes that a killed process left beside the state file, the core's store
    /// and the lock file. Each is removed under its file's guard, which every writer holds, so no live write loses its
    /// temporary file.
    /// </summary>
    private void RemoveLeftoverWrites()
    {
        foreach (var path in new[] { configuration.StateFile, configuration.CoreStoreFile, configuration.LockFile })
        {
            using var guard = FileGuard.Acquire(path);
            foreach (var leftover in AtomicFile.RemoveLeftovers(path)) log.Warning("Removed {File}, left by a write that was killed midway", leftover);
        }
    }

    private static int? Classify(Exception exception) => exception switch
    {
        ConfigurationException => ExitCodes.Configuration,
        YtDlpMissingException => ExitCodes.YtDlpMissing,
        NotionSetupException => ExitCodes.Notion,
        NotionApiException { Status: 400 or 401 or 403 or 404 } => ExitCodes.Notion,
        ServiceUnreachableException => ExitCodes.Unreachable,
        OperationCanceledException => null,
        _ => ExitCodes.Error,
    };

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}

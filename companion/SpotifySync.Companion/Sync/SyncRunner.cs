using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Automation;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Webhooks;
using SpotifySync.Core.Automation;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// One sync run, from the schedule, a person or the server, in order: the lock (or who holds it), the leftovers of
/// killed writes, the run's record in the state file (<see cref="RunJournal"/>), the configuration row's switches
/// (<see cref="RowAroundRun"/>, the core's <see cref="RunSwitches"/>), the work (the full Spotify → Notion sync for full
/// runs with Spotify credentials, then the download workflow), what changed written back to the row, the report to
/// the Apps Script web app (<see cref="RunReporter"/>), and how it ended with its exit code (<see cref="ExitCodes"/>).
/// </summary>
public sealed class SyncRunner(CompanionConfiguration configuration, StateStore state, ILogger log, TimeProvider time)
{
    private readonly RunJournal _journal = new(state);

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

    /// <summary>
    /// Takes the lock for the request, or returns null with the answer for a busy lock. Taking over a dead holder's lock
    /// ends the children it left running (<see cref="RunChildren"/>) before the run starts anything.
    /// </summary>
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
        busy = null;
        if (takenOver is null) return syncLock;
        log.Warning("Took over the lock of run {RunId}: its process {Pid} is gone", takenOver.RunId, takenOver.Pid);
        try
        {
            foreach (var child in RunChildren.EndLeftBy(takenOver)) log.Warning("Ended process {Pid}, which run {RunId} started and left running", child.Pid, takenOver.RunId);
        }
        catch
        {
            syncLock.Dispose();
            throw;
        }
        return syncLock;
    }

    /// <summary>Runs with the lock already held by the caller, who releases it.</summary>
    public async Task<SyncResult> RunLockedAsync(SyncRequest request, CancellationToken cancellation)
    {
        RunJournal.RemoveLeftoverWrites(configuration, log);
        var run = new RunRecord
        {
            RunId = request.RunId, Mode = request.Mode, Trigger = request.Trigger, Pid = Environment.ProcessId, StartedAt = Now(),
        };
        _journal.Start(run);
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
        catch (Exception exception) when (RunFailures.ExitCodeOf(exception) is { } code)
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
        if (await new RunReporter(configuration, log, time).ReportAsync(run, cancellation) is { } reportError && exitCode == ExitCodes.Success)
        {
            run.Errors.Add(reportError);
            exitCode = ExitCodes.CompletedWithErrors;
            run.Outcome = RunOutcomes.CompletedWithErrors;
        }
        run.ExitCode = exitCode;
        _journal.Finish(run);
        log.Information("Run {RunId} ended {Outcome} (exit {ExitCode}): {Message}", run.RunId, run.Outcome, exitCode, message);
        return new SyncResult(exitCode, run, null, message);
    }

    /// <summary>The run under the configuration row, when there is one: its switches read first, what changed written after.</summary>
    private async Task<int> WorkAsync(RunRecord run, CancellationToken cancellation)
    {
        configuration.RequireNotion();
        using var notion = new NotionConnection(configuration, time);
        var rows = CompanionRow.For(configuration, notion, state, time) is { } companionRow ? new RowAroundRun(companionRow, configuration, state, log, time) : null;
        var row = rows?.Read();
        int exitCode;
        try
        {
            exitCode = await WorkUnderSwitchesAsync(run, notion, row is not null, cancellation);
        }
        catch (Exception exception) when (rows is not null && row is not null && RunFailures.ExitCodeOf(exception) is not null)
        {
            await rows.RecordAsync(row, run, exception.Message, cancellation);
            throw;
        }
        if (rows is not null && row is not null) await rows.RecordAsync(row, run, null, cancellation);
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
        var ytDlp = Downloader ?? YtDlp.For(configuration, time, new RunChildren(configuration.LockFile, run.RunId));
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

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}

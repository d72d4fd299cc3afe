using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Commands;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.CoreAdapters;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Webhooks;
using SpotifySync.Core.Notion;
using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Companion.Sync;

/// <summary>
/// One sync run, from the cron job or the server: takes the lock (or reports who holds it), records the run in the
/// state file as it starts (so a killed run is seen as interrupted by the next), honours the configuration row,
/// checks yt-dlp, runs the full Spotify → Notion sync (full runs with Spotify credentials) and the download workflow, writes the row back, reports to the Apps Script web app, and records
/// how it ended with its exit code (<see cref="ExitCodes"/>).
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
            message = run.Outcome == RunOutcomes.Disabled
                ? "Sync Enabled is off; nothing was done."
                : (run.Library is { } library ? $"Spotify → Notion {library.Summary}. " : "") +
                  $"{run.Pending} track(s) to download: {run.Downloaded} downloaded, {run.NotFound} not found, {run.Failed} failed" +
                  (run.Mode == SyncModes.Full ? $"; {run.Retried} retried, {run.MissingFiles} missing file(s) set back to Pending." : ".");
        }
        catch (Exception exception) when (Classify(exception) is { } code)
        {
            exitCode = code;
            message = exception.Message;
            run.Errors.Add(exception.Message);
            log.Error(exception, "Run {RunId} failed", run.RunId);
        }
        if (run.Outcome != RunOutcomes.Disabled)
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
        var row = configuration.ConfigDbId is { } configDbId ? new NotionConfigurationRow(notion.Client, configDbId, configuration.AutomationName) : null;
        var rowValues = row is null ? null : ReadRow(row);
        if (!state.Read().Automation.SyncEnabled)
        {
            run.Outcome = RunOutcomes.Disabled;
            log.Information("Sync Enabled is off: nothing to do");
            return ExitCodes.Success;
        }
        var ytDlp = Downloader ?? new YtDlp(configuration.YtDlp, configuration.DownloadDir, configuration.DownloadArchive, configuration.AudioFormat, configuration.DownloadTimeout, configuration.Environment);
        log.Information("yt-dlp {Version}", await ytDlp.VersionAsync(cancellation));
        var full = run.Mode == SyncModes.Full;
        if (full && LibrarySync is not null)
        {
            run.Library = await LibrarySync.RunAsync(run.RunId, cancellation);
            log.Information("Spotify → Notion {Summary}", run.Library.Summary);
            if (run.Library.Status != Core.Sync.RunStatuses.Done) run.Errors.Add($"The Spotify → Notion sync ended {run.Library.Status}: {run.Library.Error}");
        }
        var workflow = new DownloadWorkflow(new TrackPages(notion, configuration.TrackProperties), ytDlp, state, configuration.MaxDownloadAttempts, log, time);
        var counts = await workflow.RunAsync(full, run.Errors, cancellation);
        run.Pending = counts.Pending;
        run.Downloaded = counts.Downloaded;
        run.NotFound = counts.NotFound;
        run.Failed = counts.Failed;
        run.Retried = counts.Retried;
        run.MissingFiles = counts.MissingFiles;
        if (row is not null && rowValues is not null) WriteRow(row, rowValues, run);
        return run.Errors.Count > 0 ? ExitCodes.CompletedWithErrors : ExitCodes.Success;
    }

    /// <summary>The row from the state file when read within 15 minutes, else from Notion; its switches become the companion's.</summary>
    private ConfigurationRowCache? ReadRow(NotionConfigurationRow row)
    {
        var now = time.GetUtcNow();
        var cached = state.Read().ConfigurationRow;
        if (cached is not null && now - DateTimeOffset.Parse(cached.ReadAt, CultureInfo.InvariantCulture) < NotionConfigurationRow.ReadInterval) return cached;
        var values = row.Read(now);
        if (values is null)
        {
            log.Warning("The configuration database has no row named {Name}: add one, or POST /gas/config to have it added", configuration.AutomationName);
            return null;
        }
        state.Update(s =>
        {
            s.ConfigurationRow = values;
            s.Automation.SyncEnabled = values.SyncEnabled;
            if (values.SyncMode is AutomationSettings.Incremental or AutomationSettings.Full or AutomationSettings.Manual) s.Automation.SyncMode = values.SyncMode;
        });
        return values;
    }

    /// <summary>Writes Last Sync, Error Count, Last Error and Cron Active, only when the run did something or they differ.</summary>
    private void WriteRow(NotionConfigurationRow row, ConfigurationRowCache values, RunRecord run)
    {
        var changes = new Dictionary<string, NotionPropertyValue>();
        var cronActive = state.Read().Automation.CronActive;
        if (cronActive != values.CronActive) changes[NotionConfigurationRow.CronActive] = NotionValues.Checkbox(cronActive);
        if (run.Errors.Count > 0)
        {
            changes[NotionConfigurationRow.ErrorCount] = NotionValues.Number(values.ErrorCount + 1);
            changes[NotionConfigurationRow.LastError] = NotionValues.RichText(run.Errors[0]);
        }
        if (changes.Count == 0 && run.Downloaded + run.NotFound + run.Failed + run.MissingFiles == 0) return;
        changes[NotionConfigurationRow.LastSync] = NotionValues.Date(Now());
        row.WriteRun(values.PageId, changes);
        state.Update(s =>
        {
            if (s.ConfigurationRow is null) return;
            s.ConfigurationRow.CronActive = cronActive;
            if (run.Errors.Count > 0)
            {
                s.ConfigurationRow.ErrorCount = values.ErrorCount + 1;
                s.ConfigurationRow.LastError = run.Errors[0];
            }
        });
    }

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

    private static int? Classify(Exception exception) => exception switch
    {
        ConfigurationException => ExitCodes.Configuration,
        YtDlpMissingException => ExitCodes.YtDlpMissing,
        NotionSetupException => ExitCodes.Notion,
        NotionApiException { Status: 400 or 401 or 403 or 404 } => ExitCodes.Notion,
        OperationCanceledException => null,
        _ => ExitCodes.Error,
    };

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}

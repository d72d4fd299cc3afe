using System;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.Json;
using SpotifySync.Companion.Locking;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Status;

namespace SpotifySync.Companion.Commands;

/// <summary><c>spotify-sync status</c>: the last runs and the state, as <c>GET /gas/status</c> reports them.</summary>
public static class StatusCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the report as JSON, as GET /gas/status answers." };
        var command = new Command("status", "Shows whether a sync is running, the last runs, download counts, recent errors, the next scheduled run and the switches.") { json };
        command.SetAction(async (parse, cancellation) =>
        {
            var configuration = CommandContext.Load(parse, Console.Error);
            if (configuration is null) return ExitCodes.Configuration;
            var (next, scheduleError) = await new ScheduleReader(new CrontabProgram(configuration.Crontab, configuration.Environment), TimeProvider.System).NextAsync(cancellation);
            var report = StatusReport.Build(new StateStore(configuration.StateFile).Read(), SyncLock.Read(configuration.LockFile), configuration.MaxDownloadAttempts, next, scheduleError);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, CompanionJson.Indented));
                return ExitCodes.Success;
            }
            Console.WriteLine($"spotify-sync {report.Version}, state in {configuration.Home}");
            Console.WriteLine(report.Running is { } running ? $"running: run {running.RunId} (PID {running.Pid}) since {running.Since}" : "running: no");
            Console.WriteLine($"sync enabled: {report.Automation.SyncEnabled}, mode {report.Automation.SyncMode}, cron active {report.Automation.CronActive}");
            Console.WriteLine(report.NextScheduledRun is { } n ? $"next scheduled run: {n.At:yyyy-MM-dd HH:mm zzz} ({n.Mode})" : $"next scheduled run: none{(scheduleError is null ? "" : $" ({scheduleError})")}");
            Console.WriteLine($"downloaded {report.Counts.Downloaded}, not found {report.Counts.NotFound}, failed {report.Counts.Failed}, awaiting retry {report.Counts.AwaitingRetry} (over the last {CompanionState.KeptRuns} runs)");
            Console.WriteLine("last runs:");
            if (report.LastRuns.Count == 0) Console.WriteLine("  none yet");
            foreach (var run in report.LastRuns)
            {
                Console.WriteLine($"  {run.RunId} {run.Mode,-11} {run.Trigger,-12} {run.Outcome,-21} downloaded {run.Downloaded}, not found {run.NotFound}, failed {run.Failed}");
            }
            if (report.Errors.Count > 0) Console.WriteLine("recent errors:\n  " + string.Join("\n  ", report.Errors.Take(5)));
            return ExitCodes.Success;
        });
        return command;
    }
}

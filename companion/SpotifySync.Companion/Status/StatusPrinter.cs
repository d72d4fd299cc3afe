using System.IO;
using System.Linq;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Status;

/// <summary>A <see cref="StatusReport"/> as a person reads it: <c>spotify-sync status</c>'s, and <c>spotify-sync api status</c>'s of a server's answer.</summary>
public static class StatusPrinter
{
    /// <param name="heading">The first line: whose status this is.</param>
    public static void Print(StatusReport report, string heading, TextWriter output)
    {
        output.WriteLine(heading);
        output.WriteLine(report.Running is { } running ? $"running: run {running.RunId} (PID {running.Pid}) since {running.Since}" : "running: no");
        output.WriteLine($"sync enabled: {report.Automation.SyncEnabled}, mode {report.Automation.SyncMode}, cron active {report.Automation.CronActive}");
        output.WriteLine(report.NextScheduledRun is { } next ? $"next scheduled run: {next.At:yyyy-MM-dd HH:mm zzz} ({next.Mode})" : $"next scheduled run: none{(report.ScheduleError is null ? "" : $" ({report.ScheduleError})")}");
        output.WriteLine($"downloaded {report.Counts.Downloaded}, not found {report.Counts.NotFound}, failed {report.Counts.Failed}, awaiting retry {report.Counts.AwaitingRetry} (over the last {CompanionState.KeptRuns} runs)");
        output.WriteLine("last runs:");
        if (report.LastRuns.Count == 0) output.WriteLine("  none yet");
        foreach (var run in report.LastRuns)
        {
            output.WriteLine($"  {run.RunId} {run.Mode,-11} {run.Trigger,-12} {run.Outcome,-21} downloaded {run.Downloaded}, not found {run.NotFound}, failed {run.Failed}");
        }
        if (report.Errors.Count > 0) output.WriteLine("recent errors:\n  " + string.Join("\n  ", report.Errors.Take(5)));
    }
}

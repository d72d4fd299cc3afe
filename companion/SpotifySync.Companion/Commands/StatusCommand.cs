using System;
using System.CommandLine;
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
        var command = new Command("status", "Shows whether a sync is running, the last runs, download counts, recent errors, the next scheduled run and the switches, " +
                                            "read from this machine's state file (no server needed; `spotify-sync api status` asks a running server).") { json };
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
            StatusPrinter.Print(report, $"spotify-sync {report.Version}, state in {configuration.Home}", Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }
}

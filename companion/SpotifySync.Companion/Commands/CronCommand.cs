using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Commands;

/// <summary><c>spotify-sync cron install|remove|status</c>: the schedule in the user's crontab.</summary>
public static class CronCommand
{
    public static Command Create()
    {
        var install = new Command("install", $"Adds (or updates) the two crontab lines: '{CronEntries.IncrementalSchedule}' incremental and '{CronEntries.FullSchedule}' full, " +
                                             "with absolute paths and output appended to logs/cron.log; running it again changes nothing. " +
                                             "Also prints the same schedule as a systemd user timer and a launchd agent.");
        var remove = new Command("remove", "Removes the companion's crontab lines; other lines stay as they are.");
        var status = new Command("status", "Shows the companion's crontab lines and when the next run is.");
        install.SetAction((parse, cancellation) => RunAsync(parse, cancellation, async (configuration, crontab, text) =>
        {
            var command = new ScheduledCommand(configuration);
            var updated = CronEntries.Install(text, command);
            if (updated != text) await crontab.WriteAsync(updated, cancellation);
            SetCronActive(configuration, true);
            Console.WriteLine(updated != text ? "spotify-sync: crontab updated:" : "spotify-sync: the crontab already holds these lines:");
            foreach (var line in CronEntries.Installed(updated).Values) Console.WriteLine(line);
            Console.WriteLine();
            Console.WriteLine("Or, with systemd instead of cron:");
            Console.WriteLine(ServiceUnits.Systemd(command));
            Console.WriteLine("Or, with launchd (macOS):");
            Console.WriteLine(ServiceUnits.Launchd(command));
        }));
        remove.SetAction((parse, cancellation) => RunAsync(parse, cancellation, async (configuration, crontab, text) =>
        {
            var updated = CronEntries.Remove(text);
            if (updated != text) await crontab.WriteAsync(updated, cancellation);
            SetCronActive(configuration, false);
            Console.WriteLine(updated != text ? "spotify-sync: removed the crontab lines." : "spotify-sync: the crontab has no spotify-sync lines.");
        }));
        status.SetAction((parse, cancellation) => RunAsync(parse, cancellation, (configuration, crontab, text) =>
        {
            var installed = CronEntries.Installed(text);
            if (installed.Count == 0) Console.WriteLine("spotify-sync: not scheduled (run `spotify-sync cron install`).");
            foreach (var line in installed.Values) Console.WriteLine(line);
            if (CronSchedule.Next(installed, DateTimeOffset.Now, TimeZoneInfo.Local) is { } next) Console.WriteLine($"next run: {next.At:yyyy-MM-dd HH:mm zzz} ({next.Mode})");
            return Task.CompletedTask;
        }));
        return new Command("cron", "Manages the schedule that runs `spotify-sync sync` (the crontab program is SPOTIFY_SYNC_CRONTAB).") { install, remove, status };
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation, Func<CompanionConfiguration, CrontabProgram, string, Task> action)
    {
        var configuration = CommandContext.Load(parse, Console.Error);
        if (configuration is null) return ExitCodes.Configuration;
        var crontab = new CrontabProgram(configuration.Crontab, configuration.Environment);
        try
        {
            await action(configuration, crontab, await crontab.ReadAsync(cancellation));
            return ExitCodes.Success;
        }
        catch (CrontabException exception)
        {
            Console.Error.WriteLine($"spotify-sync: {exception.Message}");
            return ExitCodes.Crontab;
        }
    }

    /// <summary>Cron Active as the next run writes it to the configuration row.</summary>
    private static void SetCronActive(CompanionConfiguration configuration, bool active) =>
        new StateStore(configuration.StateFile).Update(s => s.Automation.CronActive = active);
}

using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;
using SpotifySync.Companion.Automation;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.State;

namespace SpotifySync.Companion.Commands;

/// <summary><c>spotify-sync cron install|remove|status</c>: the schedule in the user's crontab.</summary>
public static class CronCommand
{
    public static Command Create()
    {
        var install = new Command("install", $"Adds (or updates) the two crontab lines: '{CronEntries.IncrementalSchedule}' incremental and '{CronEntries.FullSchedule}' full, " +
                                             "with absolute paths (yt-dlp's too, as SPOTIFY_SYNC_YTDLP), `sync --scheduled` (so the configuration row's Sync Mode applies) and output appended to logs/cron.log; " +
                                             "running it again changes nothing. With CONFIG_DB_ID, checks Cron Active in the configuration row (adding the row if missing). " +
                                             "Also prints the same schedule as a systemd user timer and a launchd agent. " +
                                             "The schedule's runs start with an almost empty environment and read their settings from the config file the lines name: " +
                                             "settings set only in this environment are written to that file when you agree (asked when run in a terminal, or --write-config); " +
                                             "otherwise, or when a setting every run needs is missing, nothing is installed and it exits 3 naming them.");
        var writeConfig = new Option<bool>("--write-config")
        {
            Description = "Write the settings the schedule's runs would miss (those set only in this environment, secrets included) to the config file " +
                          "(--config, else ~/.config/spotify-sync/config.json), mode 0600 in a 0700 folder, without asking; the lines then name that file.",
        };
        install.Add(writeConfig);
        var remove = new Command("remove", "Removes the companion's crontab lines; other lines stay as they are. With CONFIG_DB_ID, unchecks Cron Active in the configuration row.");
        var status = new Command("status", "Shows the companion's crontab lines and when the next run is.");
        install.SetAction(async (parse, cancellation) =>
        {
            var loaded = CommandContext.Load(parse, Console.Error);
            if (loaded is null) return ExitCodes.Configuration;
            var fix = "spotify-sync cron install" + (parse.GetValue(CommandContext.ConfigOption) is { } file ? $" --config '{file}'" : "") + " --write-config";
            var ready = new ScheduleReadiness(Console.In, !Console.IsInputRedirected, Console.Out, Console.Error).Check(loaded, parse.GetValue(writeConfig), fix);
            if (ready is null) return ExitCodes.Configuration;
            var installed = await RunAsync(ready, cancellation, (configuration, crontab, text) => InstallAsync(configuration, crontab, text, cancellation));
            // Without a working crontab, the units are the way to schedule: the error points here for them.
            if (installed == ExitCodes.Crontab) PrintUnits(new ScheduledCommand(ready));
            return installed;
        });
        remove.SetAction((parse, cancellation) => RunAsync(parse, cancellation, async (configuration, crontab, text) =>
        {
            var updated = CronEntries.Remove(text);
            if (updated != text) await crontab.WriteAsync(updated, cancellation);
            Console.WriteLine(updated != text ? "spotify-sync: removed the crontab lines." : "spotify-sync: the crontab has no spotify-sync lines.");
            RecordCronActive(configuration, false);
        }));
        status.SetAction((parse, cancellation) => RunAsync(parse, cancellation, (configuration, crontab, text) =>
        {
            var installed = CronEntries.Installed(text);
            if (installed.Count == 0) Console.WriteLine("spotify-sync: not scheduled (run `spotify-sync cron install`).");
            foreach (var line in installed.Values) Console.WriteLine(line);
            if (CronSchedule.Next(installed, DateTimeOffset.Now, TimeZoneInfo.Local) is { } next) Console.WriteLine($"next run: {next.At:yyyy-MM-dd HH:mm zzz} ({next.Mode})");
            return Task.CompletedTask;
        }));
        return new Command("cron", "Manages the schedule that runs `spotify-sync sync` (the crontab program is SPOTIFY_SYNC_CRONTAB).") { install, remove, status }.PrintsHelpWhenBare();
    }

    /// <summary>Writes the lines (when they differ), says what the crontab holds, records Cron Active and prints the units.</summary>
    private static async Task InstallAsync(CompanionConfiguration configuration, CrontabProgram crontab, string text, CancellationToken cancellation)
    {
        var command = new ScheduledCommand(configuration);
        // The shell opens the lines' log before it starts the tool, and fails the line when its folder is missing. Made
        // here, private, the log stays so: the shell appends to a file that exists, and would make a missing one with cron's umask.
        PrivateFiles.Create(command.CronLog);
        var updated = CronEntries.Install(text, command);
        if (updated != text) await crontab.WriteAsync(updated, cancellation);
        Console.WriteLine(updated != text ? "spotify-sync: crontab updated:" : "spotify-sync: the crontab already holds these lines:");
        foreach (var line in CronEntries.Installed(updated).Values) Console.WriteLine(line);
        if (command.YtDlp is null)
        {
            Console.Error.WriteLine($"spotify-sync: {Settings.YtDlp.Name} '{configuration.YtDlp}' is not an executable file, nor on PATH, so the lines leave yt-dlp to cron's own PATH " +
                                    $"(/usr/bin:/bin), where the runs exit 5 if it is missing: install yt-dlp (sudo apt-get install yt-dlp, or pipx install yt-dlp) " +
                                    $"or set {Settings.YtDlp.Name} to its path, then run `spotify-sync cron install` again.");
        }
        RecordCronActive(configuration, true);
        PrintUnits(command);
    }

    /// <summary>The same schedule as a systemd user timer and as launchd agents.</summary>
    private static void PrintUnits(ScheduledCommand command)
    {
        Console.WriteLine();
        Console.WriteLine("Or, with systemd instead of cron:");
        Console.WriteLine(ServiceUnits.Systemd(command));
        Console.WriteLine("Or, with launchd (macOS), one file per mode:");
        foreach (var mode in ScheduledCommand.Modes) Console.WriteLine(ServiceUnits.Launchd(command, mode));
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellation, Func<CompanionConfiguration, CrontabProgram, string, Task> action)
    {
        var configuration = CommandContext.Load(parse, Console.Error);
        if (configuration is null) return ExitCodes.Configuration;
        return await RunAsync(configuration, cancellation, action);
    }

    private static async Task<int> RunAsync(CompanionConfiguration configuration, CancellationToken cancellation, Func<CompanionConfiguration, CrontabProgram, string, Task> action)
    {
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

    /// <summary>
    /// Cron Active in the state file and in the configuration row (added when missing) when CONFIG_DB_ID is set, written
    /// only when it differs. Notion failing leaves the crontab as changed: the next sync run sees the crontab and
    /// sets Cron Active then.
    /// </summary>
    private static void RecordCronActive(CompanionConfiguration configuration, bool active)
    {
        var state = new StateStore(configuration.StateFile);
        var settings = state.Update(s =>
        {
            s.Automation.CronActive = active;
            return s.Automation;
        });
        if (!CompanionRow.IsConfigured(configuration)) return;
        try
        {
            using var notion = new NotionConnection(configuration, TimeProvider.System);
            var done = CompanionRow.For(configuration, notion, state, TimeProvider.System)!.Apply(null, null, active, settings);
            Console.WriteLine($"spotify-sync: configuration row '{configuration.AutomationName}': Cron Active {(active ? "checked" : "unchecked")} ({done}).");
        }
        catch (Exception exception) when (CompanionRow.IsNotionFailure(exception))
        {
            Console.Error.WriteLine($"spotify-sync: Cron Active was not written to the configuration row ({exception.Message}); the next sync run writes it.");
        }
    }
}

using System.CommandLine;
using System;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Logging;
using SpotifySync.Companion.Ports;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Commands;

/// <summary><c>spotify-sync sync --mode incremental|full [--scheduled]</c>: one run, a person's or (<c>--scheduled</c>) the schedule's.</summary>
public static class SyncCommand
{
    public static Command Create()
    {
        var mode = new Option<string>("--mode", "-m")
        {
            Description = "incremental: download the Pending tracks. full: first the full Spotify → Notion sync of the liked songs through the shared " +
                          "core, with no time limit and its progress shown (when SPOTIFY_CLIENT_ID, SPOTIFY_CLIENT_SECRET and SPOTIFY_REFRESH_TOKEN are set), " +
                          "then also retry Failed downloads whose pause is over and set Downloaded tracks whose file is gone back to Pending.",
            DefaultValueFactory = _ => SyncModes.Incremental,
        };
        mode.AcceptOnlyFromAmong(SyncModes.Incremental, SyncModes.Full);
        var scheduled = new Option<bool>("--scheduled")
        {
            Description = "Marks the run as the schedule's (the lines `cron install` writes carry it): Sync Mode manual in the configuration row " +
                          "then makes it do nothing, and Sync Mode full makes it a full run. Without it the run is a person's, which only Sync Enabled stops.",
        };
        var command = new Command("sync", "Runs the download workflow once: takes the lock, reads the configuration row (CONFIG_DB_ID), downloads, " +
                                          "writes Notion, reports to Apps Script. Sync Enabled unchecked in the row: the run does nothing, says so and exits 0. " +
                                          "Exit codes: 0 done (also: nothing to do, or stopped by the row's switches), 1 error, 2 usage, 3 configuration, " +
                                          "4 another run holds the lock, 5 yt-dlp missing or too old, 6 done with failed tracks, 7 Notion refused, 10 Notion could not be reached (offline).")
        {
            mode,
            scheduled,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var configuration = CommandContext.Load(parse, Console.Error);
            if (configuration is null) return ExitCodes.Configuration;
            try
            {
                configuration.RequireSync(parse.GetValue(mode)!);
            }
            catch (ConfigurationException exception)
            {
                CommandContext.Report(exception, Console.Error);
                return ExitCodes.Configuration;
            }
            using var log = CompanionLog.Create(configuration, CompanionLog.SyncLog);
            var runner = new SyncRunner(configuration, new StateStore(configuration.StateFile), log, TimeProvider.System)
            {
                LibrarySync = CoreLibrarySync.For(configuration, log, new SystemClock(TimeProvider.System), Console.WriteLine),
            };
            var result = await runner.RunAsync(new SyncRequest(RunIds.New(DateTimeOffset.UtcNow), parse.GetValue(mode)!, parse.GetValue(scheduled) ? RunTriggers.Schedule : RunTriggers.CommandLine), cancellation);
            (result.ExitCode is ExitCodes.Success ? Console.Out : Console.Error).WriteLine($"spotify-sync: {result.Message}");
            return result.ExitCode;
        });
        return command;
    }
}

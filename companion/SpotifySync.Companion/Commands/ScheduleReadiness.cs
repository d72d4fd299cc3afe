using System.Collections.Generic;
using System.IO;
using System.Linq;
using System;
using SpotifySync.Companion.Configuration;
using SpotifySync.Companion.Cron;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Commands;

/// <summary>
/// What <c>cron install</c> checks before it writes a line: that the schedule's runs will have every setting they need
/// and every one this command has (<see cref="ScheduledSettings"/>). Settings set only in this environment are
/// written to the config file the lines name, when the person says so (<c>--write-config</c>, or yes to the
/// question when standard input is a terminal); otherwise nothing is installed and the message says how to fix it.
/// Lines whose every run exits 3 are never installed.
/// </summary>
public sealed class ScheduleReadiness(TextReader input, bool interactive, TextWriter output, TextWriter error)
{
    /// <summary>The configuration the lines are written from (read again when the config file was written), or null when nothing may be installed.</summary>
    /// <param name="fix">The command that writes the config file, as the person should type it.</param>
    public CompanionConfiguration? Check(CompanionConfiguration configuration, bool writeConfig, string fix)
    {
        var path = configuration.ConfigFile ?? ConfigurationSources.DefaultConfigFile(configuration.Environment);
        try
        {
            configuration.RequireSync(SyncModes.Full);
        }
        catch (ConfigurationException exception)
        {
            CommandContext.Report(exception, error);
            error.WriteLine($"spotify-sync: nothing was installed: every run of the schedule would exit 3 without them. Set them in the config file {path}, " +
                            $"or in this environment and run `{fix}`.");
            return null;
        }
        var missed = ScheduledSettings.Missed(configuration, new ScheduledCommand(configuration));
        if (missed.Count == 0) return configuration;
        if (path is null)
        {
            error.WriteLine($"spotify-sync: {Settings.Names(missed)} {(missed.Count == 1 ? "is" : "are")} set in this environment only, and there is no home folder for a config file: give one with --config FILE.");
            return null;
        }
        var reason = $"{Settings.Names(missed)} {(missed.Count == 1 ? "is" : "are")} set in this environment but not (or not so) in the config file {path}{(File.Exists(path) ? "" : ", which does not exist yet")}, " +
                     "and the schedule's runs start with an almost empty environment: they read their settings from that file only" +
                     (missed.Intersect(configuration.RequiredForSync(SyncModes.Full)).ToList() is { Count: > 0 } required ? $", and without {Settings.Names(required)} every one of them would exit 3." : ".");
        if (!writeConfig)
        {
            error.WriteLine($"spotify-sync: {reason}");
            if (!(interactive && Agrees(path, missed.Count)))
            {
                error.WriteLine($"spotify-sync: nothing was installed. Run `{fix}` to write {(missed.Count == 1 ? "it" : "them")} to {path} (readable by you only) and install, " +
                                "or add them to that file yourself and run `spotify-sync cron install` again.");
                return null;
            }
        }
        // The ones set in this environment; any other differs only because the runs would read another file, and
        // once the lines name this one, they read it alone.
        var written = missed.Where(s => configuration.Sources.Get(s) is { Source: ConfigurationSources.EnvironmentSource }).ToList();
        ConfigFileWriter.Write(path, written.Select(s => (s, configuration.Sources.Get(s)!.Value.Value)));
        output.WriteLine($"spotify-sync: wrote {Settings.Names(written)} to {path} (readable by you only); the schedule's lines name it.");
        return CompanionConfiguration.Load(configuration.Environment, path);
    }

    private bool Agrees(string path, int count)
    {
        error.Write($"Write {(count == 1 ? "it" : "them")} to {path}, readable by you only, for the schedule's runs? [y/N] ");
        var answer = input.ReadLine()?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }
}

using System.Collections.Generic;
using System.Linq;
using SpotifySync.Companion.Configuration;

namespace SpotifySync.Companion.Cron;

/// <summary>
/// The settings the schedule's runs read. Cron starts them with an almost empty environment (HOME, LOGNAME, SHELL and
/// PATH=/usr/bin:/bin), as systemd and launchd start theirs: they read the config file their lines name, and the
/// variables the lines set (<see cref="ScheduledCommand.Variables"/>), and nothing of the environment that
/// <c>cron install</c> ran in.
/// </summary>
public static class ScheduledSettings
{
    /// <summary>The PATH cron gives the programs it starts.</summary>
    public const string CronPath = "/usr/bin:/bin";

    /// <summary>
    /// The settings this configuration has and the schedule's runs would not, or not with the same value: those set
    /// in the environment and not so in the config file. The lines' own variables are left out, and so is
    /// SPOTIFY_SYNC_YTDLP, which the lines carry as the path found now or leave to cron's PATH (<see cref="ScheduledCommand.YtDlp"/>).
    /// </summary>
    public static IReadOnlyList<Setting> Missed(CompanionConfiguration configuration, ScheduledCommand command)
    {
        var environment = new Dictionary<string, string?> { ["HOME"] = Paths.UserHome(configuration.Environment), ["PATH"] = CronPath };
        foreach (var (name, value) in command.Variables) environment[name] = value;
        var scheduled = ConfigurationSources.Read(environment, configuration.ConfigFile);
        return Settings.All
            .Where(setting => setting != Settings.YtDlp && command.Variables.All(v => v.Key != setting.Name))
            .Where(setting => Value(configuration.Sources, setting) != Value(scheduled, setting))
            .ToList();
    }

    private static string? Value(ConfigurationSources sources, Setting setting) => sources.Get(setting)?.Value ?? setting.Default;
}

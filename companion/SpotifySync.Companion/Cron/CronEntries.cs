using System.Collections.Generic;
using System.Linq;
using System;
using SpotifySync.Companion.Sync;
using SpotifySync.Core.Sync;

namespace SpotifySync.Companion.Cron;

/// <summary>
/// The companion's two crontab lines, each ending in a marker comment so that installing replaces them instead of
/// adding more, and removing touches nothing else: every 5 minutes an incremental run, at 03:00 a full run.
/// </summary>
public static class CronEntries
{
    public const string IncrementalSchedule = "*/5 * * * *";
    public const string FullSchedule = "0 3 * * *";
    public const string Marker = "# spotify-sync:";

    public static string Schedule(string mode) => mode == SyncModes.Full ? FullSchedule : IncrementalSchedule;

    /// <summary>The crontab with the companion's lines replaced by the current ones; other lines are kept as they were.</summary>
    public static string Install(string crontab, ScheduledCommand command)
    {
        var lines = Others(crontab);
        foreach (var mode in ScheduledCommand.Modes) lines.Add(Line(mode, command));
        return Join(lines);
    }

    public static string Remove(string crontab) => Join(Others(crontab));

    /// <summary>The companion's lines in the crontab, by mode.</summary>
    public static IReadOnlyDictionary<string, string> Installed(string crontab) =>
        Lines(crontab).Where(IsOurs).ToDictionary(l => l[(l.LastIndexOf(Marker, StringComparison.Ordinal) + Marker.Length)..].Trim(), l => l);

    /// <summary>One line: the schedule, the command with <c>%</c> escaped (cron turns a bare one into a newline), the marker.</summary>
    public static string Line(string mode, ScheduledCommand command) =>
        $"{Schedule(mode)} {command.ShellLine(mode).Replace("%", "\\%", StringComparison.Ordinal)} {Marker}{mode}";

    private static List<string> Others(string crontab) => Lines(crontab).Where(l => !IsOurs(l)).ToList();

    private static bool IsOurs(string line) => !line.TrimStart().StartsWith('#') && line.Contains(Marker, StringComparison.Ordinal);

    private static List<string> Lines(string crontab) =>
        crontab.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Reverse().SkipWhile(l => l.Trim() == "").Reverse().ToList();

    // crontab requires the last line to end in a newline.
    private static string Join(List<string> lines) => lines.Count == 0 ? "" : string.Join("\n", lines) + "\n";
}

using System;
using System.Collections.Generic;
using System.Linq;
using Cronos;

namespace SpotifySync.Companion.Cron;

/// <summary>When the installed crontab lines run next, read from the lines themselves (a person may have edited the times).</summary>
public static class CronSchedule
{
    /// <summary>The earliest next run of the lines after <paramref name="now"/>, in the machine's time zone as cron uses it, with its mode.</summary>
    public static (DateTimeOffset At, string Mode)? Next(IReadOnlyDictionary<string, string> installed, DateTimeOffset now, TimeZoneInfo zone)
    {
        (DateTimeOffset At, string Mode)? next = null;
        foreach (var (mode, line) in installed)
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || !CronExpression.TryParse(string.Join(" ", fields.Take(5)), out var expression)) continue;
            if (expression.GetNextOccurrence(now, zone) is { } at && (next is null || at < next.Value.At)) next = (at, mode);
        }
        return next;
    }
}

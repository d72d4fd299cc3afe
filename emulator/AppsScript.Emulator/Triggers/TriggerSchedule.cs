using System;

namespace AppsScript.Emulator.Triggers;

/// <summary>
/// When a time-driven trigger fires: what <c>ScriptApp.newTrigger(f).timeBased()</c> was told. Recurring
/// triggers fire every interval after creation; daily and weekly ones at their hour (and minute) in their
/// time zone; one-shot ones (<c>after</c>, <c>at</c>) once.
/// </summary>
/// <param name="Interval">The period of a recurring trigger (minutes, hours, days or weeks), null for a one-shot.</param>
/// <param name="Unit">The unit the interval was given in.</param>
/// <param name="Hour">The hour of a daily or weekly trigger.</param>
/// <param name="Minute">The minute Apps Script aims for (<c>nearMinute</c>, else one it picks once per trigger).</param>
/// <param name="WeekDay">The day of a weekly trigger.</param>
/// <param name="Once">The moment of a one-shot trigger.</param>
/// <param name="TimeZone">The zone the hour is read in.</param>
public sealed record TriggerSchedule(TimeSpan? Interval, ScheduleUnit Unit, int? Hour, int? Minute, DayOfWeek? WeekDay, DateTimeOffset? Once, TimeZoneInfo TimeZone)
{
    /// <summary>The first firing of a trigger created at <paramref name="created"/>.</summary>
    public DateTimeOffset FirstRun(DateTimeOffset created)
    {
        if (Once is { } once) return once;
        var interval = Interval!.Value;
        if (Unit is ScheduleUnit.Minutes or ScheduleUnit.Hours)
        {
            var first = created + interval;
            return Minute is { } minute && Unit == ScheduleUnit.Hours ? AtMinute(first, minute) : first;
        }
        var local = TimeZoneInfo.ConvertTime(created, TimeZone);
        var candidate = new DateTime(local.Year, local.Month, local.Day, Hour ?? local.Hour, Minute ?? 0, 0);
        while (Local(candidate) <= created || (WeekDay is { } day && candidate.DayOfWeek != day))
        {
            candidate = candidate.AddDays(1);
        }
        return Local(candidate);
    }

    /// <summary>The firing after <paramref name="previous"/>, or null for a one-shot trigger.</summary>
    public DateTimeOffset? NextRun(DateTimeOffset previous)
    {
        if (Once is not null) return null;
        if (Unit is ScheduleUnit.Minutes or ScheduleUnit.Hours) return previous + Interval!.Value;
        var local = TimeZoneInfo.ConvertTime(previous, TimeZone).DateTime;
        return Local(local.AddDays(Interval!.Value.TotalDays));
    }

    private DateTimeOffset Local(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, TimeZone.GetUtcOffset(unspecified));
    }

    private static DateTimeOffset AtMinute(DateTimeOffset time, int minute)
    {
        var aligned = new DateTimeOffset(time.Year, time.Month, time.Day, time.Hour, minute, 0, time.Offset);
        return aligned < time ? aligned.AddHours(1) : aligned;
    }
}

public enum ScheduleUnit
{
    Once,
    Minutes,
    Hours,
    Days,
    Weeks,
}

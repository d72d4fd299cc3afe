using System;
using System.Globalization;
using AppsScript.Emulator.Interop;
using Jint;
using Jint.Native;

namespace AppsScript.Emulator.Triggers;

/// <summary>
/// The event object a time-driven trigger passes its function ("Event objects", time-driven events): the
/// firing time's fields in UTC, with <c>day-of-week</c> 1 (Monday) to 7 (Sunday) and the ISO week.
/// </summary>
internal static class TimeDrivenEvent
{
    public static JsValue Create(JsHost host, JsValue authMode, string triggerUid, DateTimeOffset firedAt)
    {
        var utc = firedAt.UtcDateTime;
        var e = new JsObject(host.Engine);
        e.Set("authMode", authMode);
        e.Set("day-of-month", utc.Day);
        e.Set("day-of-week", utc.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)utc.DayOfWeek);
        e.Set("hour", utc.Hour);
        e.Set("minute", utc.Minute);
        e.Set("month", utc.Month);
        e.Set("second", utc.Second);
        e.Set("timezone", "UTC");
        e.Set("triggerUid", triggerUid);
        e.Set("week-of-year", ISOWeek.GetWeekOfYear(utc));
        e.Set("year", utc.Year);
        return e;
    }
}

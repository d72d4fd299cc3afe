using System;
using AppsScript.Emulator.Interop;
using AppsScript.Emulator.Runtime;
using AppsScript.Emulator.Triggers;
using Jint;
using Jint.Runtime;
using Jint.Native;

namespace AppsScript.Emulator.Services.Script;

/// <summary><c>ScriptApp.newTrigger(f).timeBased()</c>: collects a schedule and installs it on <c>create()</c>.</summary>
internal static class ClockTriggerBuilder
{
    private static readonly int[] AllowedMinutes = [1, 5, 10, 15, 30];

    public static HostObject Create(JsHost host, ScriptAppObject scriptApp, string handler)
    {
        var environment = host.Execution.Environment;
        var builder = host.Object("ScriptApp.ClockTriggerBuilder");
        var spec = new Spec { TimeZone = host.Execution.Project.Manifest.TimeZone };
        JsValue Chain(Action change)
        {
            change();
            return builder;
        }
        builder
            .Method("everyMinutes", 1, arguments => Chain(() =>
            {
                var minutes = arguments.At(0).AsInteger();
                if (Array.IndexOf(AllowedMinutes, (int)minutes) < 0)
                {
                    throw new AppsScriptException("Invalid argument: minutes. everyMinutes accepts only 1, 5, 10, 15 or 30.");
                }
                spec.Recurring(ScheduleUnit.Minutes, TimeSpan.FromMinutes(minutes));
            }))
            .Method("everyHours", 1, arguments => Chain(() => spec.Recurring(ScheduleUnit.Hours, TimeSpan.FromHours(Positive(arguments.At(0), "hours")))))
            .Method("everyDays", 1, arguments => Chain(() => spec.Recurring(ScheduleUnit.Days, TimeSpan.FromDays(Positive(arguments.At(0), "days")))))
            .Method("everyWeeks", 1, arguments => Chain(() => spec.Recurring(ScheduleUnit.Weeks, TimeSpan.FromDays(7 * Positive(arguments.At(0), "weeks")))))
            .Method("atHour", 1, arguments => Chain(() => spec.Hour = (int)InRange(arguments.At(0), 0, 23, "hour")))
            .Method("nearMinute", 1, arguments => Chain(() => spec.Minute = (int)InRange(arguments.At(0), 0, 59, "minute")))
            .Method("onWeekDay", 1, arguments => Chain(() => spec.WeekDay = Enum.Parse<DayOfWeek>(scriptApp.WeekDay.NameOf(arguments.At(0), "day"), ignoreCase: true)))
            .Method("inTimezone", 1, arguments => Chain(() =>
            {
                var zone = arguments.At(0).AsText();
                try
                {
                    ScriptTimeZones.Find(zone);
                }
                catch (ArgumentException)
                {
                    throw AppsScriptException.InvalidArgument("timezone");
                }
                spec.TimeZone = zone;
            }))
            .Method("after", 1, arguments => Chain(() => spec.OneShot(environment.Clock.GetUtcNow() + TimeSpan.FromMilliseconds(InRange(arguments.At(0), 0, long.MaxValue / 10_000, "durationMilliseconds")))))
            .Method("at", 1, arguments => Chain(() => spec.OneShot(arguments.At(0).AsInstant("date"))))
            .Method("create", 0, _ =>
            {
                var trigger = new InstalledTrigger(environment.Ids.TriggerId(), handler, environment.UserEmail,
                    spec.Build(environment.Ids), environment.Clock.GetUtcNow());
                environment.Triggers.Add(trigger);
                return new TriggerObject(host, scriptApp, trigger);
            });
        return builder;
    }

    private static long Positive(JsValue value, string name) => InRange(value, 1, 100_000, name);

    private static long InRange(JsValue value, long minimum, long maximum, string name)
    {
        var number = value.AsInteger();
        return number < minimum || number > maximum ? throw AppsScriptException.InvalidArgument(name) : number;
    }

    private sealed class Spec
    {
        private ScheduleUnit? _unit;
        private TimeSpan? _interval;
        private DateTimeOffset? _once;

        public int? Hour { get; set; }

        public int? Minute { get; set; }

        public DayOfWeek? WeekDay { get; set; }

        public required string TimeZone { get; set; }

        public void Recurring(ScheduleUnit unit, TimeSpan interval)
        {
            if (_unit is not null) throw new AppsScriptException("The trigger already has a schedule; a clock trigger takes one of everyMinutes, everyHours, everyDays, everyWeeks, after or at.");
            _unit = unit;
            _interval = interval;
        }

        public void OneShot(DateTimeOffset at)
        {
            Recurring(ScheduleUnit.Once, TimeSpan.Zero);
            _interval = null;
            _once = at;
        }

        public TriggerSchedule Build(IdGenerator ids)
        {
            if (_unit is not { } unit) throw new AppsScriptException("The trigger has no schedule: call everyMinutes, everyHours, everyDays, everyWeeks, after or at before create().");
            if (Hour is not null && unit is not (ScheduleUnit.Days or ScheduleUnit.Weeks)) throw new AppsScriptException("atHour applies only to everyDays or everyWeeks triggers.");
            if (Minute is not null && unit is not (ScheduleUnit.Hours or ScheduleUnit.Days or ScheduleUnit.Weeks)) throw new AppsScriptException("nearMinute applies only to everyHours, everyDays or everyWeeks triggers.");
            if (WeekDay is not null && unit != ScheduleUnit.Weeks) throw new AppsScriptException("onWeekDay applies only to everyWeeks triggers.");
            // "The time may be slightly randomized": a daily trigger without nearMinute keeps one minute of its hour, picked once.
            var minute = Minute ?? (unit is ScheduleUnit.Days or ScheduleUnit.Weeks ? ids.Next(60) : null);
            var hour = unit is ScheduleUnit.Days or ScheduleUnit.Weeks ? Hour ?? ids.Next(24) : (int?)null;
            return new TriggerSchedule(_interval, unit, hour, minute, WeekDay, _once, ScriptTimeZones.Find(TimeZone));
        }
    }
}

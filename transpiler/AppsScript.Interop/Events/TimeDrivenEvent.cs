using AppsScript.Interop.Services;

namespace AppsScript.Interop.Events;

/// <summary>
/// The event object Apps Script passes to the handler of a time-driven trigger: when it fired, in the
/// trigger's time zone, and which trigger it was.
/// </summary>
[External]
public sealed class TimeDrivenEvent
{
    /// <summary>Which services the handler may use; <see cref="ScriptApp.AuthMode.FULL"/> for an installable trigger.</summary>
    public ScriptApp.AuthMode AuthMode { get; set; }

    /// <summary>The unique ID of the trigger that fired, as <see cref="Trigger.GetUniqueId"/> gives it.</summary>
    public string TriggerUid { get; set; } = "";

    /// <summary>The year it fired.</summary>
    public int Year { get; set; }

    /// <summary>The month it fired, 1 to 12.</summary>
    public int Month { get; set; }

    /// <summary>The day of the month it fired, 1 to 31.</summary>
    [Name("day-of-month")]
    public int DayOfMonth { get; set; }

    /// <summary>The day of the week it fired, 1 (Monday) to 7 (Sunday).</summary>
    [Name("day-of-week")]
    public int DayOfWeek { get; set; }

    /// <summary>The week of the year it fired.</summary>
    [Name("week-of-year")]
    public int WeekOfYear { get; set; }

    /// <summary>The hour it fired, 0 to 23.</summary>
    public int Hour { get; set; }

    /// <summary>The minute it fired, 0 to 59.</summary>
    public int Minute { get; set; }

    /// <summary>The second it fired, 0 to 59.</summary>
    public int Second { get; set; }

    /// <summary>The time zone of the other fields, such as <c>"UTC"</c>.</summary>
    public string Timezone { get; set; } = "";
}

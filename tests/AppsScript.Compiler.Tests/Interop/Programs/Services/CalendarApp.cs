using AppsScript.Interop;
using AppsScript.Interop.Calendar;

// CalendarApp: a nullable result, Apps Script's own Date objects passed back in, a host enum as an argument.
[GlobalFunctions]
public static class Program
{
    public static string Run(string eventId)
    {
        var calendar = CalendarApp.GetDefaultCalendar();
        var existing = calendar.GetEventById(eventId);
        if (existing is null) return "no event " + eventId;
        var copy = calendar.CreateEvent("Listening party", existing.GetStartTime(), existing.GetEndTime());
        copy.SetColor("5");
        copy.SetVisibility(Visibility.PRIVATE);
        return copy.GetTitle() + " at " + copy.GetStartTime().GetTime();
    }
}

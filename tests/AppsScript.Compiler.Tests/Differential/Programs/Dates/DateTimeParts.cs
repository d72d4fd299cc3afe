using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Print(new DateTime(2026, 11, 23, 10, 4, 5, 678, DateTimeKind.Utc));
        Print(new DateTime(2024, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc));
        Print(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Print(new DateTime(1969, 7, 20, 20, 17, 40, DateTimeKind.Utc));
        Print(new DateTime(1600, 2, 29, 6, 0, 0, DateTimeKind.Utc));
        Print(DateTime.UnixEpoch);
        Print(DateTime.MinValue);
    }

    private static void Print(DateTime d)
    {
        Console.WriteLine($"{d.Year}-{d.Month}-{d.Day} {d.Hour}:{d.Minute}:{d.Second}.{d.Millisecond} {d.DayOfWeek} day {d.DayOfYear}");
        Console.WriteLine($"  date {d.Date.ToString("o")} time of day {d.TimeOfDay} ({d.TimeOfDay.TotalMilliseconds} ms)");
        Console.WriteLine($"  same date: {d.Date == d.AddHours(-d.Hour).AddMinutes(-d.Minute).AddSeconds(-d.Second).AddMilliseconds(-d.Millisecond)}");
    }
}

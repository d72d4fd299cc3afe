using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var monday = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 7; i++)
        {
            var day = monday.AddDays(i).DayOfWeek;
            Console.WriteLine($"{day} {(int)day} {day.ToString()} weekend={IsWeekend(day)} " + day);
        }
        Console.WriteLine(DayOfWeek.Friday);
        Console.WriteLine(DayOfWeek.Sunday < DayOfWeek.Monday);
        Console.WriteLine(monday.DayOfWeek == DayOfWeek.Monday);
        Console.WriteLine((DayOfWeek)3);
        Console.WriteLine((DayOfWeek)9);
        DayOfWeek? none = null;
        DayOfWeek? some = DayOfWeek.Thursday;
        Console.WriteLine($"[{none}] [{some}]");
        var label = monday.AddDays(5).DayOfWeek switch
        {
            DayOfWeek.Saturday or DayOfWeek.Sunday => "weekend",
            _ => "weekday",
        };
        Console.WriteLine(label);
    }

    private static bool IsWeekend(DayOfWeek day) => day == DayOfWeek.Saturday || day == DayOfWeek.Sunday;
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var start = new DateTime(2026, 3, 28, 22, 30, 0, DateTimeKind.Utc);
        Console.WriteLine(start.AddDays(1).ToString("o"));
        Console.WriteLine(start.AddDays(-30).ToString("o"));
        Console.WriteLine(start.AddDays(0.5).ToString("o"));
        Console.WriteLine(start.AddHours(2).ToString("o"));
        Console.WriteLine(start.AddHours(-48.25).ToString("o"));
        Console.WriteLine(start.AddMinutes(90).ToString("o"));
        Console.WriteLine(start.AddSeconds(3599).ToString("o"));
        Console.WriteLine(start.AddSeconds(1.5).ToString("o"));
        Console.WriteLine(start.AddMilliseconds(1234).ToString("o"));
        Console.WriteLine(start.AddMilliseconds(-0.5).ToString("o"));

        var hours = 5;
        var fraction = 0.25;
        Console.WriteLine(start.AddHours(hours).AddMinutes(hours * fraction).ToString("o"));
        Console.WriteLine(start.Add(TimeSpan.FromMinutes(45)).ToString("o"));
        Console.WriteLine(start.Subtract(TimeSpan.FromDays(365)).ToString("o"));
        Console.WriteLine((start + new TimeSpan(1, 2, 3)).ToString("o"));
        Console.WriteLine((start - TimeSpan.FromSeconds(30)).ToString("o"));

        var next = start;
        next += TimeSpan.FromHours(12);
        next -= TimeSpan.FromMinutes(15);
        Console.WriteLine(next.ToString("o"));
        var cursor = DateTime.UnixEpoch;
        for (var i = 0; i < 3; i++)
        {
            cursor = cursor.AddDays(7);
            Console.WriteLine($"week {i}: {cursor:yyyy-MM-dd}");
        }
    }
}

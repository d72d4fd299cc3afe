using System;
using System.Collections.Generic;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var a = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var b = new DateTime(2026, 1, 1, 0, 0, 1, DateTimeKind.Utc);
        var c = b.AddSeconds(-1);
        Console.WriteLine($"{a < b} {a <= b} {a > b} {a >= b} {a == b} {a != b}");
        Console.WriteLine($"{a < c} {a <= c} {a > c} {a >= c} {a == c} {a != c}");
        Console.WriteLine($"{a.CompareTo(b)} {b.CompareTo(a)} {a.CompareTo(c)}");
        Console.WriteLine($"{DateTime.Compare(a, b)} {DateTime.Compare(b, a)} {DateTime.Compare(a, c)}");
        Console.WriteLine($"{a.Equals(c)} {a.Equals(b)} {DateTime.Equals(a, c)}");
        Console.WriteLine(DateTime.MinValue < DateTime.UnixEpoch && DateTime.UnixEpoch < DateTime.MaxValue);

        var dates = new List<DateTime> { b, a, DateTime.MaxValue, DateTime.MinValue, c };
        var latest = DateTime.MinValue;
        var earliest = DateTime.MaxValue;
        foreach (var date in dates)
        {
            if (date > latest) latest = date;
            if (date < earliest) earliest = date;
        }
        Console.WriteLine($"latest {latest.ToString("o")} earliest {earliest.ToString("o")}");
        Console.WriteLine(IsDue(a, b) + " " + IsDue(b, a));
    }

    private static bool IsDue(DateTime due, DateTime now) => now >= due;
}

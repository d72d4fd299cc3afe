using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var start = new DateTime(2026, 1, 1, 8, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(2026, 1, 3, 9, 30, 15, 250, DateTimeKind.Utc);
        var elapsed = end - start;
        Console.WriteLine(elapsed);
        Console.WriteLine($"{elapsed.TotalMilliseconds} ms, {elapsed.TotalSeconds} s, {elapsed.TotalMinutes} min, {elapsed.TotalHours} h, {elapsed.TotalDays} d");
        Console.WriteLine(start - end);
        Console.WriteLine((start - end).TotalSeconds);
        Console.WriteLine(end.Subtract(start) == elapsed);
        Console.WriteLine((end - DateTime.UnixEpoch).TotalMilliseconds);
        Console.WriteLine((end - DateTime.UnixEpoch).TotalSeconds);
        Console.WriteLine((DateTime.UnixEpoch - DateTime.MinValue).TotalDays);
        Console.WriteLine((start - start).TotalSeconds);
        var deadline = start.AddMinutes(5);
        var now = start.AddSeconds(299.5);
        Console.WriteLine($"remaining {(deadline - now).TotalSeconds} s; overdue {now > deadline}");
        Console.WriteLine(start + (end - start) == end);
    }
}

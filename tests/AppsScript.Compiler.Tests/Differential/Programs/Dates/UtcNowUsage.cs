using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var started = DateTime.UtcNow;
        var startedOffset = DateTimeOffset.UtcNow;
        Console.WriteLine(started > new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Console.WriteLine(started.Year >= 2024);
        Console.WriteLine(startedOffset.ToUnixTimeMilliseconds() > 1700000000000);
        var budget = TimeSpan.FromMinutes(5);
        var elapsed = DateTime.UtcNow - started;
        Console.WriteLine(elapsed >= TimeSpan.Zero && elapsed < budget);
        Console.WriteLine((DateTimeOffset.UtcNow - startedOffset).TotalSeconds < 60);
        var deadline = started + budget;
        Console.WriteLine(DateTime.UtcNow < deadline ? "within budget" : "out of time");
        Console.WriteLine((started - startedOffset.UtcDateTime).Duration() < TimeSpan.FromSeconds(5));
    }
}

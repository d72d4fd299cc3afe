using System;
using System.Collections.Generic;
using AppsScript.Interop;

public record Playlist(string Id, string Name, string LastModified);

public class Scheduler
{
    private readonly TimeSpan _interval;

    public Scheduler(TimeSpan interval)
    {
        _interval = interval;
    }

    public DateTime NextRun(DateTime lastRun) => lastRun + _interval;

    public bool IsStale(Playlist playlist, DateTime now) =>
        now - DateTimeOffset.Parse(playlist.LastModified).UtcDateTime > TimeSpan.FromDays(7);

    public string Describe(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{(int)span.TotalHours}h {span.Minutes}m" : $"{span.Minutes}m {span.Seconds}s";
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var scheduler = new Scheduler(TimeSpan.FromHours(6));
        var now = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
        var run = now.Date;
        for (var i = 0; i < 5; i++)
        {
            Console.WriteLine($"run {i} at {run:yyyy-MM-dd HH:mm} ({run.DayOfWeek})");
            run = scheduler.NextRun(run);
        }
        var playlists = new List<Playlist>
        {
            new("p1", "Morning", "2026-11-20T08:00:00Z"),
            new("p2", "Focus", "2026-11-01T23:59:59.999+01:00"),
            new("p3", "Archive", "2025-01-01T00:00:00Z"),
        };
        foreach (var playlist in playlists)
        {
            var modified = DateTimeOffset.Parse(playlist.LastModified).UtcDateTime;
            Console.WriteLine($"{playlist.Name}: stale={scheduler.IsStale(playlist, now)} age={scheduler.Describe(now - modified)} modified={modified:o}");
        }
        Console.WriteLine(scheduler.Describe(TimeSpan.FromSeconds(125)));
        var quotaReset = now.Date.AddDays(1);
        Console.WriteLine($"quota resets in {scheduler.Describe(quotaReset - now)} at {quotaReset:u}");
    }
}

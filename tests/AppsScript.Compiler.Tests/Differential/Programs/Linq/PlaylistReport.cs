using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public static class Show
{
    public static string All<T>(IEnumerable<T> items)
    {
        var text = "[";
        var first = true;
        foreach (var item in items)
        {
            text += (first ? "" : ", ") + item;
            first = false;
        }
        return text + "]";
    }
}

public record Track(string Id, string Title, string Artist, int DurationMs, int Popularity, bool Explicit);

public record Summary(string Artist, int Tracks, int TotalMinutes, double AveragePopularity);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tracks = new List<Track>
        {
            new("1", "Dancing Queen", "ABBA", 231000, 80, false),
            new("2", "Bohemian Rhapsody", "Queen", 354000, 90, false),
            new("3", "Waterloo", "ABBA", 168000, 70, false),
            new("4", "Killer Queen", "Queen", 181000, 75, false),
            new("5", "Uprising", "Muse", 303000, 72, true),
            new("6", "SOS", "ABBA", 200000, 60, false),
            new("7", "Madness", "Muse", 281000, 72, false),
        };

        var summaries = tracks
            .GroupBy(t => t.Artist)
            .Select(g => new Summary(g.Key, g.Count(), g.Sum(t => t.DurationMs) / 60000, g.Average(t => t.Popularity)))
            .OrderByDescending(s => s.AveragePopularity)
            .ThenBy(s => s.Artist)
            .ToList();
        foreach (var s in summaries) Console.WriteLine(s.Artist + ": " + s.Tracks + " tracks, " + s.TotalMinutes + " min, popularity " + s.AveragePopularity);

        var top = tracks.Where(t => !t.Explicit).OrderByDescending(t => t.Popularity).ThenBy(t => t.Title).Take(3).Select(t => t.Title);
        Console.WriteLine("top clean: " + Show.All(top));
        var longest = tracks.MaxBy(t => t.DurationMs)!;
        var shortest = tracks.MinBy(t => t.DurationMs)!;
        Console.WriteLine("longest " + longest.Title + ", shortest " + shortest.Title);
        var byId = tracks.ToDictionary(t => t.Id);
        var requested = new[] { "3", "9", "1" };
        var found = requested.Where(byId.ContainsKey).Select(id => byId[id].Title).ToList();
        var missing = requested.Where(id => !byId.ContainsKey(id)).ToList();
        Console.WriteLine("found " + Show.All(found) + ", missing " + Show.All(missing));
        var artists = tracks.Select(t => t.Artist).Distinct().OrderBy(a => a).ToArray();
        Console.WriteLine("artists: " + Show.All(artists) + " (" + artists.Length + ")");
        var totalHours = tracks.Sum(t => (long)t.DurationMs) / 3600000.0;
        Console.WriteLine("total hours: " + Math.Round(totalHours, 2));
        var buckets = tracks.GroupBy(t => t.Popularity / 10 * 10).OrderBy(g => g.Key).ToDictionary(g => g.Key + "+", g => g.Select(t => t.Id).ToList());
        foreach (var (bucket, ids) in buckets) Console.WriteLine("popularity " + bucket + ": " + Show.All(ids));
        Console.WriteLine("all under 6 minutes: " + tracks.All(t => t.DurationMs < 360000) + ", any explicit: " + tracks.Any(t => t.Explicit) + ", explicit count: " + tracks.Count(t => t.Explicit));
    }
}

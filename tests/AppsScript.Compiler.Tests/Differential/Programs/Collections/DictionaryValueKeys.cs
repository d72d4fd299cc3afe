using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public record Track(string Artist, int Year);

public record Album(string Title, Track? Lead);

public class Playlist
{
    public Playlist(string name) { Name = name; }

    public string Name { get; }
}

public enum Mood { Calm, Loud }

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var plays = new Dictionary<Track, int>();
        foreach (var track in new[] { new Track("abba", 1976), new Track("acdc", 1980), new Track("abba", 1976), new Track("abba", 1977) })
        {
            plays[track] = plays.GetValueOrDefault(track) + 1;
        }
        Console.WriteLine("records: " + plays.Count + " " + string.Join("; ", plays));
        Console.WriteLine("has a new equal record " + plays.ContainsKey(new Track("acdc", 1980)) + ", " + plays[new Track("abba", 1976)]);
        try
        {
            Console.WriteLine(plays[new Track("queen", 1975)]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }
        try
        {
            plays.Add(new Track("abba", 1977), 9);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }

        var albums = new Dictionary<Album, string>
        {
            { new Album("Arrival", new Track("abba", 1976)), "first" },
            { new Album("Arrival", null), "no lead" },
        };
        albums[new Album("Arrival", new Track("abba", 1976))] = "replaced";
        Console.WriteLine("nested records: " + albums.Count + " " + string.Join(" | ", albums.Values) + " " + albums.ContainsKey(new Album("Arrival", null)));

        var grid = new Dictionary<(string, int), string>();
        grid[("a", 1)] = "x";
        grid[("b", 2)] = "y";
        grid[("a", 1)] = "z";
        grid.Add(("a", 2), "w");
        Console.WriteLine("tuples: " + string.Join(", ", grid) + " " + grid[("b", 2)] + " " + grid.ContainsKey(("b", 1)));
        foreach (var ((row, column), cell) in grid) Console.WriteLine($"  {row}{column} -> {cell}");
        try
        {
            grid.Add(("b", 2), "again");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        grid.Remove(("a", 1));
        grid[("c", 3)] = "v";
        Console.WriteLine("after remove and add: " + string.Join(", ", grid.Keys));

        var named = new Dictionary<(string Name, double Score), int> { [("n", double.NaN)] = 1, [("z", 0.0)] = 2 };
        named[("n", double.NaN)] += 10;
        named[("z", -0.0)] += 20;
        Console.WriteLine("tuples of doubles: " + string.Join(", ", named));

        var anonymous = new[] { new { Name = "a", Size = 1 }, new { Name = "b", Size = 2 }, new { Name = "a", Size = 1 } }
            .GroupBy(x => x)
            .ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine("anonymous keys: " + string.Join(", ", anonymous) + " " + anonymous[new { Name = "b", Size = 2 }]);

        var first = new Playlist("mix");
        var second = new Playlist("mix");
        var byReference = new Dictionary<Playlist, int> { [first] = 1, [second] = 2 };
        byReference[first] += 5;
        Console.WriteLine("classes by reference: " + byReference.Count + " " + byReference[first] + " " + byReference[second] + " " + byReference.ContainsKey(new Playlist("mix")));
        Console.WriteLine("keys: " + string.Join(",", byReference.Keys.Select(p => p.Name)));

        var days = new Dictionary<DateTime, string>
        {
            [new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)] = "new year",
            [new DateTime(2024, 12, 25, 0, 0, 0, DateTimeKind.Utc)] = "christmas",
        };
        Console.WriteLine("dates: " + days[new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc)] + " " + days.ContainsKey(new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc)));
        Console.WriteLine("date keys: " + string.Join(", ", days.Keys.Select(d => d.ToString("yyyy-MM-dd"))));

        var byYear = new[] { new Track("abba", 1976), new Track("acdc", 1980), new Track("blondie", 1976) }
            .GroupBy(t => t.Year)
            .ToDictionary(g => g.Key, g => string.Join("+", g.Select(t => t.Artist)));
        Console.WriteLine("GroupBy ToDictionary: " + string.Join(", ", byYear));
        var byMood = new[] { 1, 5 }.ToDictionary(n => n > 4 ? Mood.Loud : Mood.Calm);
        Console.WriteLine("ToDictionary enum keys: " + byMood.Count + " " + string.Join(", ", byMood.Keys));
        try
        {
            new[] { 1, 2, 3 }.ToDictionary(n => n % 2 == 0 ? Mood.Loud : Mood.Calm);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ToDictionary duplicate: " + e.Message);
        }
        var pairsBack = byYear.Where(p => p.Key > 1977).ToDictionary(p => p.Key, p => p.Value.Length);
        Console.WriteLine("LINQ over it: " + string.Join(",", pairsBack) + " sum " + byYear.Sum(p => p.Key) + " max " + byYear.Max(p => p.Key) + " ordered " + string.Join(",", byYear.OrderBy(p => p.Value).Select(p => p.Key)));
        var fromPairs = new List<KeyValuePair<int, string>> { new(1, "a"), new(2, "b") }.ToDictionary();
        var fromTuples = new List<(Mood, string)> { (Mood.Calm, "c"), (Mood.Loud, "l") }.ToDictionary();
        Console.WriteLine("ToDictionary of pairs: " + string.Join(",", fromPairs) + " " + string.Join(",", fromTuples));
    }
}

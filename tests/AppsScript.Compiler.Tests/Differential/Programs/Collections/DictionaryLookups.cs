using System;
using System.Collections.Generic;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var genres = new Dictionary<string, string> { ["abba"] = "pop", ["acdc"] = "rock" };
        try
        {
            Console.WriteLine(genres["queen"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }
        try
        {
            Console.WriteLine(genres["toString"]);
        }
        catch (Exception e)
        {
            Console.WriteLine("inherited member is missing too: " + e.Message);
        }
        try
        {
            genres.Add("abba", "disco");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }

        if (genres.TryGetValue("acdc", out var genre)) Console.WriteLine("TryGetValue found " + genre);
        Console.WriteLine("TryGetValue missing: " + genres.TryGetValue("queen", out var missing) + " value null " + (missing == null));
        var found = genres.TryGetValue("toString", out _);
        Console.WriteLine("TryGetValue with discard on toString: " + found);

        var counts = new Dictionary<string, int> { ["a"] = 0 };
        Console.WriteLine("TryGetValue int default: " + counts.TryGetValue("z", out var count) + " " + count);
        Console.WriteLine("GetValueOrDefault: " + counts.GetValueOrDefault("a") + " " + counts.GetValueOrDefault("z") + " " + counts.GetValueOrDefault("z", -1) + " " + counts.GetValueOrDefault("a", -1));
        Console.WriteLine("GetValueOrDefault string: [" + genres.GetValueOrDefault("queen") + "] " + genres.GetValueOrDefault("queen", "unknown") + " " + genres.GetValueOrDefault("toString", "not inherited"));

        foreach (var word in new[] { "a", "b", "a", "c", "a" })
        {
            if (!counts.ContainsKey(word)) counts[word] = 0;
            counts[word]++;
        }
        counts["b"] += 10;
        Console.WriteLine("counted: a=" + counts["a"] + " b=" + counts["b"] + " c=" + counts["c"]);
        try
        {
            counts["missing"]++;
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("++ on a missing key: " + e.Message);
        }
        try
        {
            counts["absent"] += 5;
            Console.WriteLine("not reached");
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("+= on a missing key: " + e.Message + " count still " + counts.Count);
        }

        var labels = new Dictionary<string, string?> { ["x"] = null };
        labels["x"] ??= "filled";
        Console.WriteLine("??= on a null entry: " + labels["x"]);
        try
        {
            labels["y"] ??= "never";
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("??= on a missing key: " + e.Message);
        }

        Console.WriteLine("lookup through a method: " + Describe(genres, "abba") + ", " + Describe(genres, "x"));
    }

    private static string Describe(IReadOnlyDictionary<string, string> map, string key) =>
        map.TryGetValue(key, out var value) ? key + " is " + value : key + " is unknown (" + map.Count + " known, " + map.ContainsKey(key) + ")";
}

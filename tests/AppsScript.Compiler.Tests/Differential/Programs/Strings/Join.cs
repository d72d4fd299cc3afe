using System;
using System.Collections.Generic;
using AppsScript.Interop;

public enum Mood { Calm, Upbeat }

public class Artist
{
    public Artist(string name) { Name = name; }

    public string Name { get; }

    public override string ToString() => "@" + Name;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var words = new[] { "a", null, "c", "" };
        var numbers = new List<int>();
        numbers.Add(3);
        numbers.Add(-1);
        numbers.Add(20);
        var doubles = new[] { 1.0, 0.5, -0.0, 1e20, double.NaN };
        var flags = new List<bool>();
        flags.Add(true);
        flags.Add(false);
        var moods = new[] { Mood.Upbeat, Mood.Calm };
        var artists = new[] { new Artist("x"), null, new Artist("y") };
        var chars = new[] { 'a', 'b', 'c' };
        var objects = new object?[] { 1, "two", 3.5, true, null, 'c' };
        int?[] maybes = { 1, null, 3 };
        var longs = new List<long>();
        longs.Add(1099511627776L);
        Console.WriteLine(string.Join(", ", words) + " | " + string.Join("-", numbers) + " | " + string.Join(";", doubles));
        Console.WriteLine(string.Join("/", flags) + " | " + string.Join(",", moods) + " | " + string.Join(" ", artists) + " | " + string.Join("", chars));
        Console.WriteLine(string.Join(",", objects) + " | " + string.Join(",", maybes) + " | " + string.Join(",", longs));
        Console.WriteLine(string.Join(", ", "x", "y", "z") + " | " + string.Join("+", 1, 2.5, true, 'q') + " | " + string.Join(',', words) + " | " + string.Join('.', numbers));
        Console.WriteLine("[" + string.Join(",", new string[0]) + "] [" + string.Join(",", new List<int>()) + "] [" + string.Join(",", "only") + "]");
        string? noSeparator = null;
        Console.WriteLine(string.Join(noSeparator, "a", "b") + " " + string.Join(" | ", new List<string> { "p", "q" }));
        IEnumerable<double> sequence = doubles;
        Console.WriteLine(string.Join(" ", sequence));
    }
}

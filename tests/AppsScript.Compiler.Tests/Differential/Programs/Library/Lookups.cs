using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public enum Genre { Rock, Jazz, Pop }

public sealed record Track(string Title, string? Artist, int Year, Genre Genre);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tracks = new List<Track>
        {
            new("One", "Alpha", 2001, Genre.Rock),
            new("Two", "Beta", 1999, Genre.Jazz),
            new("Three", "Alpha", 2001, Genre.Pop),
            new("Four", null, 2010, Genre.Rock),
            new("Five", "Gamma", 1999, Genre.Rock),
            new("Six", null, 2003, Genre.Jazz),
        };

        var byArtist = tracks.ToLookup(t => t.Artist);
        Console.WriteLine("groups: " + byArtist.Count);
        foreach (var group in byArtist)
        {
            Console.WriteLine($"  {group.Key ?? "(none)"}: {string.Join(", ", group.Select(t => t.Title))} ({group.Count()})");
        }
        Console.WriteLine("Alpha: " + string.Join(", ", byArtist["Alpha"].Select(t => t.Title)));
        Console.WriteLine("missing key: " + byArtist["Nobody"].Count() + " any " + byArtist["Nobody"].Any());
        Console.WriteLine("null key: " + string.Join(", ", byArtist[null].Select(t => t.Title)));
        Console.WriteLine("Contains: " + byArtist.Contains("Beta") + " " + byArtist.Contains("beta") + " " + byArtist.Contains(null));

        var titlesByYear = tracks.ToLookup(t => t.Year, t => t.Title);
        Console.WriteLine("years in order of first appearance: " + string.Join(", ", titlesByYear.Select(g => g.Key)));
        Console.WriteLine("1999: " + string.Join("|", titlesByYear[1999]) + "; 2020: [" + string.Join("|", titlesByYear[2020]) + "]");
        Console.WriteLine("Contains 2010: " + titlesByYear.Contains(2010) + ", 2011: " + titlesByYear.Contains(2011));

        var byGenre = tracks.ToLookup(t => t.Genre);
        foreach (var genre in new[] { Genre.Rock, Genre.Jazz, Genre.Pop })
        {
            Console.WriteLine($"{genre}: {byGenre[genre].Count()} first {byGenre[genre].First().Title}");
        }
        Console.WriteLine("largest group: " + byGenre.OrderByDescending(g => g.Count()).First().Key);

        var empty = new List<string>().ToLookup(s => s.Length);
        Console.WriteLine("empty lookup: " + empty.Count + " " + empty[3].Count() + " " + empty.Contains(0));

        var letters = "banana".ToLookup(c => c);
        Console.WriteLine("chars: " + string.Join(" ", letters.Select(g => $"{g.Key}={g.Count()}")));

        var parity = Enumerable.Range(1, 7).ToLookup(n => n % 2 == 0 ? "even" : "odd");
        Console.WriteLine("odd: " + string.Join(",", parity["odd"]) + " even: " + string.Join(",", parity["even"]));
        var doubles = new[] { 0.0, -0.0, double.NaN, 1.5, double.NaN }.ToLookup(d => d);
        Console.WriteLine("double keys: " + doubles.Count + " NaN " + doubles[double.NaN].Count() + " zero " + doubles[0.0].Count());
    }
}

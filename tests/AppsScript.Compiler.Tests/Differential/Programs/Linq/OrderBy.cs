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

public class Song
{
    public Song(string title, string artist, int year, double rating)
    {
        Title = title;
        Artist = artist;
        Year = year;
        Rating = rating;
    }

    public string Title { get; }

    public string Artist { get; }

    public int Year { get; }

    public double Rating { get; }

    public override string ToString() => Title;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var songs = new List<Song>
        {
            new Song("s1", "queen", 1980, 4.5), new Song("s2", "abba", 1976, 3.0), new Song("s3", "queen", 1975, 4.5),
            new Song("s4", "Abba", 1976, 5.0), new Song("s5", "abba", 1974, 3.0), new Song("s6", "queen", 1980, 2.0),
        };
        Console.WriteLine("by year (ties keep source order): " + Show.All(songs.OrderBy(s => s.Year)));
        Console.WriteLine("by year descending (ties keep source order): " + Show.All(songs.OrderByDescending(s => s.Year)));
        Console.WriteLine("by artist, ordinal: " + Show.All(songs.OrderBy(s => s.Artist)));
        Console.WriteLine("artist then year desc: " + Show.All(songs.OrderBy(s => s.Artist).ThenByDescending(s => s.Year)));
        Console.WriteLine("rating desc, artist, title desc: " + Show.All(songs.OrderByDescending(s => s.Rating).ThenBy(s => s.Artist).ThenByDescending(s => s.Title)));
        Console.WriteLine("four levels: " + Show.All(songs.OrderBy(s => s.Artist).ThenBy(s => s.Rating).ThenBy(s => s.Year).ThenByDescending(s => s.Title)));
        Console.WriteLine("tuple key: " + Show.All(songs.OrderBy(s => (s.Year, s.Title))));
        Console.WriteLine("source unchanged: " + Show.All(songs));

        var numbers = new[] { 10, 9, 100, -1, 25, 9 };
        Console.WriteLine("numbers, not text: " + Show.All(numbers.OrderBy(n => n)) + " " + Show.All(numbers.OrderByDescending(n => n)));
        Console.WriteLine("Order / OrderDescending: " + Show.All(numbers.Order()) + " " + Show.All(numbers.OrderDescending()) + " " + Show.All(new[] { "b", "B", "a" }.Order()));
        var doubles = new[] { 1.5, double.NaN, -2, double.NegativeInfinity };
        Console.WriteLine("doubles: " + Show.All(doubles.OrderBy(d => d)) + " desc " + Show.All(doubles.OrderByDescending(d => d)));
        var names = new List<string?> { "b", null, "a", null };
        Console.WriteLine("null keys first: " + Show.All(names.OrderBy(n => n).Select(n => n ?? "null")) + ", desc last: " + Show.All(names.OrderByDescending(n => n).Select(n => n ?? "null")));
        var flags = new[] { true, false, true };
        Console.WriteLine("bools: " + Show.All(flags.OrderBy(f => f)));
        var strings = new[] { "éa", "eb", "Ea", "😀", "zz", "" };
        Console.WriteLine("unicode ordinal: " + Show.All(strings.OrderBy(s => s)));
        Console.WriteLine("by length then text: " + Show.All(strings.OrderBy(s => s.Length).ThenBy(s => s)));

        var keyCalls = 0;
        var sorted = songs.OrderBy(s =>
        {
            keyCalls++;
            return s.Year;
        }).ToList();
        Console.WriteLine("key computed once per element: " + keyCalls + " for " + sorted.Count);

        var query = from s in songs orderby s.Artist, s.Year descending, s.Title select s.Title + "/" + s.Year;
        Console.WriteLine("query syntax: " + Show.All(query));
        Console.WriteLine("empty: " + Show.All(new List<int>().OrderBy(n => n).ThenBy(n => -n)));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public record Album(string Artist, int Year);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tracks = new[] { ("a", "Intro", 2001), ("b", "Song", 2001), ("a", "Outro", 2003), ("c", "Hymn", 2001) };

        var byAlbum = tracks.ToLookup(t => new Album(t.Item1, t.Item3), t => t.Item2);
        Console.WriteLine(byAlbum.Count);
        Console.WriteLine(string.Join(",", byAlbum[new Album("a", 2001)]));
        Console.WriteLine(string.Join(",", byAlbum[new Album("a", 2003)]));
        Console.WriteLine(byAlbum[new Album("z", 1999)].Count());
        Console.WriteLine(byAlbum.Contains(new Album("c", 2001)) + " " + byAlbum.Contains(new Album("c", 2002)));

        var byPair = tracks.ToLookup(t => (t.Item1, t.Item3));
        Console.WriteLine(string.Join(",", byPair[("b", 2001)].Select(t => t.Item2)));
        Console.WriteLine(byPair.Contains(("b", 2003)));

        var byShape = tracks.ToLookup(t => new { Artist = t.Item1 });
        Console.WriteLine(string.Join(",", byShape[new { Artist = "a" }].Select(t => t.Item2)));

        string?[] names = { "x", null, "y", null };
        var byName = names.ToLookup(n => n);
        Console.WriteLine(byName[null].Count() + " " + byName.Contains(null) + " " + byName["x"].Count());

        var byNumber = new[] { 1.5, double.NaN, -0.0, 0.0 }.ToLookup(d => d);
        Console.WriteLine(byNumber[double.NaN].Count() + " " + byNumber[0.0].Count());
    }
}

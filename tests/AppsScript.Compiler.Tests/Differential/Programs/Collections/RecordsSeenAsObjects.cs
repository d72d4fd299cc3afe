using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public record Track(string Id, int Plays);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tracks = new List<Track> { new Track("a", 1), new Track("b", 2) };
        Console.WriteLine(string.Join(",", tracks));
        Console.WriteLine(string.Join(";", tracks.Select(t => t.Id)));
        var cast = tracks.Cast<object>().ToList();
        Console.WriteLine(cast.Count);
        var copy = new List<object>(tracks);
        Console.WriteLine(copy.Count);
        var more = new List<object>();
        more.AddRange(tracks);
        Console.WriteLine(more.Count);
        IEnumerable<object> view = tracks;
        Console.WriteLine(view.Count());
        IReadOnlyList<object> list = tracks;
        Console.WriteLine(list.Count);
        Console.WriteLine(((Track)copy[1]).Id + " " + ((Track)more[0]).Plays + " " + ((Track)list[1]).Id);
        Console.WriteLine(string.Join(",", new List<Track>()) + "|" + new List<object>(new List<Track>()).Count);
    }
}

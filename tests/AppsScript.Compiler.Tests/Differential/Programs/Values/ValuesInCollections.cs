using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public record Track(string Id, string? Artist, int Seconds);

public record Animal(string Name);

public record Dog(string Name, int Age) : Animal(Name);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tracks = new List<Track>
        {
            new("t1", "abba", 100), new("t2", "abba", 200), new("t1", "abba", 100), new("t3", null, 50), new("t3", null, 50),
        };
        Console.WriteLine("contains " + tracks.Contains(new Track("t2", "abba", 200)) + " " + tracks.Contains(new Track("t2", "abba", 201)));
        Console.WriteLine("index " + tracks.IndexOf(new Track("t1", "abba", 100)) + " " + tracks.LastIndexOf(new Track("t1", "abba", 100)) + " " + tracks.IndexOf(new Track("x", null, 0)));
        Console.WriteLine("remove " + tracks.Remove(new Track("t1", "abba", 100)) + " " + tracks.Count + " " + tracks.Remove(new Track("zz", null, 0)));
        Console.WriteLine("linq contains " + tracks.Where(t => t.Seconds > 60).Contains(new Track("t2", "abba", 200)));
        Console.WriteLine("distinct " + string.Join(" | ", tracks.Distinct()));
        Console.WriteLine("sequence " + tracks.SequenceEqual(tracks.Select(t => t with { })) + " " + tracks.SequenceEqual(tracks.Take(2)));

        var set = new HashSet<Track> { new("a", null, 1), new("a", null, 1), new("b", "x", 2) };
        Console.WriteLine("set " + set.Count + " " + set.Contains(new Track("a", null, 1)) + " " + set.Add(new Track("b", "x", 2)) + " " + set.Add(new Track("c", "x", 2)));
        Console.WriteLine("set remove " + set.Remove(new Track("a", null, 1)) + " " + set.Remove(new Track("a", null, 1)) + " " + set.Count);
        foreach (var track in set) Console.WriteLine("  in set " + track);
        set.UnionWith(tracks);
        Console.WriteLine("union " + set.Count + " " + string.Join(", ", set.Select(t => t.Id).OrderBy(id => id)));
        var fromList = tracks.ToHashSet();
        Console.WriteLine("to set " + fromList.Count);
        var viaConstructor = new HashSet<Track>(tracks);
        Console.WriteLine("constructed " + viaConstructor.Count + " " + viaConstructor.Contains(tracks[0]));
        viaConstructor.Clear();
        Console.WriteLine("cleared " + viaConstructor.Count);

        var pairs = new List<(string, int)> { ("a", 1), ("b", 2), ("a", 1), ("a", 2) };
        Console.WriteLine("tuple distinct " + string.Join(" ", pairs.Distinct()) + " contains " + pairs.Contains(("b", 2)) + " index " + pairs.IndexOf(("a", 2)));
        var pairSet = new HashSet<(string, int)>(pairs);
        Console.WriteLine("tuple set " + pairSet.Count + " " + pairSet.Contains(("a", 1)));

        var groups = tracks.GroupBy(t => new { t.Artist, Long = t.Seconds > 60 });
        foreach (var group in groups) Console.WriteLine("group " + group.Key + " " + group.Count());
        var byTuple = tracks.GroupBy(t => (t.Artist, t.Seconds), t => t.Id);
        foreach (var group in byTuple) Console.WriteLine("tuple group " + group.Key + ": " + string.Join(",", group));
        var byRecord = tracks.GroupBy(t => t with { Id = "" });
        foreach (var group in byRecord) Console.WriteLine("record group " + group.Key + " " + group.Count());
        Console.WriteLine("distinct by " + string.Join(" ", tracks.DistinctBy(t => (t.Artist, t.Seconds > 60)).Select(t => t.Id)));

        var animals = new List<Animal> { new Dog("Rex", 3), new Animal("Rex"), new Dog("Rex", 3), new Dog("Rex", 4) };
        Console.WriteLine("animals " + animals.Distinct().Count() + " " + animals.IndexOf(new Animal("Rex")) + " " + animals.IndexOf(new Dog("Rex", 4)));
        var anonymous = new[] { new { A = 1, B = "x" }, new { A = 1, B = "x" }, new { A = 2, B = "x" } };
        Console.WriteLine("anonymous " + anonymous.Distinct().Count() + " " + Array.IndexOf(anonymous, new { A = 2, B = "x" }));
        Track? nothing = null;
        var withNull = new List<Track?> { null, new("n", null, 0), null };
        Console.WriteLine("nulls " + withNull.Distinct().Count() + " " + withNull.IndexOf(nothing) + " " + withNull.Contains(new Track("n", null, 0)));
    }
}

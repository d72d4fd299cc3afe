using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Track
{
    public Track(string id, int plays) { Id = id; Plays = plays; }

    public string Id { get; }

    public int Plays { get; set; }

    public override string ToString() => Id + "(" + Plays + ")";
}

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

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tracks = new List<Track> { new Track("a", 1), new Track("b", 5), new Track("c", 2) };
        var byId = tracks.ToDictionary(t => t.Id);
        byId["b"].Plays++;
        tracks.Find(t => t.Id == "c")!.Plays += 10;
        foreach (var track in tracks.Where(t => t.Plays < 3)) track.Plays = 0;
        Console.WriteLine("objects are shared by the list and the dictionary: " + Show.All(tracks) + " " + byId["c"]);
        var top = tracks.OrderByDescending(t => t.Plays).First();
        top.Plays = 100;
        Console.WriteLine("a sorted copy holds the same objects: " + Show.All(tracks));
        var snapshot = tracks.Select(t => new Track(t.Id, t.Plays)).ToList();
        snapshot[0].Plays = -1;
        Console.WriteLine("a deep copy does not: " + Show.All(tracks) + " " + Show.All(snapshot));
        var set = new HashSet<Track>(tracks);
        set.Add(tracks[0]);
        set.Add(new Track("a", 0));
        Console.WriteLine("a set of objects: " + set.Count + " " + set.Contains(tracks[1]));
        var index = tracks.Select((t, i) => (t, i)).ToDictionary(p => p.t.Id, p => p.i);
        Console.WriteLine("positions: " + Show.All(index.Select(p => p.Key + "@" + p.Value)));
        tracks.RemoveAll(t => t.Plays == 0);
        Console.WriteLine("after RemoveAll: " + Show.All(tracks) + ", dictionary still has " + byId.Count);
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public enum Mood { Calm, Loud }

public record Track(string Id, string Title, int Seconds);

public record Album
{
    public string Name { get; init; } = "untitled";
    public int Year { get; init; }
    public string? Label { get; init; }
    public double Rating { get; init; }
    public bool Live { get; init; }
    public Mood Mood { get; init; }
}

public record Playlist(string Name, List<string> Tracks, string[] Tags, Dictionary<string, int> Plays);

public record Pair(Track First, Track? Second);

public record Empty;

public record Scored(string Name, int Score)
{
    public string Grade => Score > 50 ? "high" : "low";

    public Scored Doubled() => new Scored(Name, Score * 2);
}

public record Animal(string Name);

public record Dog(string Name, bool Barks) : Animal(Name);

public record Named(string Name)
{
    public override string ToString() => "named " + Name;
}

public class Basket
{
    public int Count;
}

public record Holder(Basket? Basket, (int, string) Pair);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var track = new Track("t1", "Intro", 95);
        Console.WriteLine(track);
        Console.WriteLine(track.ToString());
        Console.WriteLine("concat " + track);
        Console.WriteLine($"interpolated {track} and {track.Title}");
        Console.WriteLine(new Track("t2", null!, 0));
        Console.WriteLine(new Album { Year = 1999, Rating = 4.5, Live = true, Mood = Mood.Loud });
        Console.WriteLine(new Album { Label = "Indie", Rating = 0.1 + 0.2 });
        Console.WriteLine(new Playlist("mix", new List<string> { "a" }, new[] { "x" }, new Dictionary<string, int>()));
        Console.WriteLine(new Playlist("empty", null!, null!, null!));
        Console.WriteLine(new Pair(track, null));
        Console.WriteLine(new Pair(track, track with { Id = "t9" }));
        Console.WriteLine(new Empty());
        Console.WriteLine(new Scored("s", 60));
        Console.WriteLine(new Scored("s", 30).Doubled());
        Animal animal = new Dog("Rex", true);
        Console.WriteLine(animal);
        Console.WriteLine(new Animal("cat"));
        Console.WriteLine(new Named("n"));
        Console.WriteLine(new Holder(new Basket(), (1, "a")));
        Console.WriteLine(new Holder(null, (2, null!)));
        Track? missing = null;
        Console.WriteLine("missing [" + missing + "]");
        Console.WriteLine($"missing [{missing}]");

        var tuple = (1, "a");
        Console.WriteLine(tuple);
        Console.WriteLine(tuple.ToString());
        Console.WriteLine("tuple " + tuple);
        Console.WriteLine($"tuple {tuple}");
        Console.WriteLine((1.5, true, 'c', Mood.Calm, (string?)null));
        Console.WriteLine((Outer: 1, Inner: (A: "x", B: 2.25)));
        Console.WriteLine((1, 2, 3, 4, 5, 6, 7, 8, 9));
        Console.WriteLine((track, 3));
        (int, int)? maybe = null;
        Console.WriteLine("maybe [" + maybe + "]");
        maybe = (3, 4);
        Console.WriteLine("maybe [" + maybe + "]");
        var list = new List<(string Name, int Plays)> { ("a", 3), ("b", 5) };
        foreach (var item in list) Console.WriteLine(item);
        Console.WriteLine(string.Join("; ", list));

        var anonymous = new { Name = "x", N = 1 };
        Console.WriteLine(anonymous);
        Console.WriteLine("anonymous " + anonymous);
        Console.WriteLine($"{new { Track = track, Tuple = tuple, Nothing = (string?)null }}");
        Console.WriteLine(new { Outer = new { Inner = 2.5 } }.ToString());
    }
}

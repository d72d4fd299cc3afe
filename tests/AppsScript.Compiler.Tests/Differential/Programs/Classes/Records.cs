using System;
using System.Collections.Generic;
using AppsScript.Interop;

public record Track(string Id, string Title, int DurationSeconds);

public record Album
{
    public string Name { get; init; } = "untitled";
    public int Year { get; init; }
    public string? Label { get; init; }
}

public record Counter(string Name)
{
    public int Value { get; private set; }

    public Counter Increment()
    {
        Value++;
        return this;
    }

    public override string ToString() => Name + "=" + Value;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var track = new Track("t1", "Intro", 95);
        var renamed = track with { Title = "Outro" };
        Console.WriteLine(track.Id + " " + track.Title + " " + track.DurationSeconds);
        Console.WriteLine(renamed.Id + " " + renamed.Title + " " + renamed.DurationSeconds);
        var (id, title, seconds) = (track.Id, track.Title, track.DurationSeconds);
        Console.WriteLine($"{id}/{title}/{seconds}");
        var album = new Album { Year = 1999 };
        var labelled = album with { Label = "Indie", Name = "Second" };
        Console.WriteLine($"{album.Name} {album.Year} [{album.Label}]");
        Console.WriteLine($"{labelled.Name} {labelled.Year} [{labelled.Label}]");
        var counter = new Counter("plays").Increment().Increment();
        Console.WriteLine(counter);
        var tracks = new List<Track> { track, renamed, new Track("t3", "Middle", 200) };
        var total = 0;
        foreach (var t in tracks) total += t.DurationSeconds;
        Console.WriteLine("total " + total);
    }
}

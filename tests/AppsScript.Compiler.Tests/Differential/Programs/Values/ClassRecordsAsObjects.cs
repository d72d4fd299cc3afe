using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public record Track(string Id, int Seconds)
{
    public string Length() => Seconds / 60 + ":" + (Seconds % 60).ToString("00");
}

public record LiveTrack(string Id, int Seconds, string Venue) : Track(Id, Seconds);

public record Note(string? Text, Track? About)
{
    public bool IsEmpty() => string.IsNullOrEmpty(Text);
}

public interface IShown
{
    string Shown();
}

public record Tag(string Name) : IShown
{
    public string Shown() => "#" + Name;
}

[GlobalFunctions]
public static class Program
{
    static string Show<T>(T value) => value?.ToString() ?? "(null)";

    static string Describe<T>(T value) => $"<{value}>";

    public static void Main()
    {
        object track = new Track("t1", 185);
        object live = new LiveTrack("t2", 61, "Hall");
        object note = new Note(null, new Track("t3", 0));
        Console.WriteLine(track);
        Console.WriteLine(track.ToString());
        Console.WriteLine($"{live} and {note}");
        Console.WriteLine("note: " + note);
        var all = new List<object> { track, live, note, new Note("hi", null) };
        Console.WriteLine(string.Join(" | ", all));
        Console.WriteLine(string.Join(",", new List<object>()));
        Console.WriteLine(Show(new Track("t4", 59)));
        Console.WriteLine(Show<Track?>(null));
        Console.WriteLine(Describe(new LiveTrack("t5", 3600, "Club")));
        Console.WriteLine(Describe<object>(note));
        IShown tag = new Tag("rock");
        Console.WriteLine($"{tag} {tag.Shown()}");
        Track upcast = new LiveTrack("t6", 1, "Park");
        Console.WriteLine(upcast);
        Console.WriteLine(all.Select(o => o.ToString()).Aggregate((a, b) => a + ";" + b));
    }
}

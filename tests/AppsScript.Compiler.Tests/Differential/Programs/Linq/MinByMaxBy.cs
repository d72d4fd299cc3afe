using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Song
{
    public Song(string title, int plays) { Title = title; Plays = plays; }

    public string Title { get; }

    public int Plays { get; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var songs = new List<Song> { new Song("a", 5), new Song("b", 9), new Song("c", 1), new Song("d", 9), new Song("e", 1) };
        Console.WriteLine("MinBy/MaxBy, first of ties: " + songs.MinBy(s => s.Plays)!.Title + " " + songs.MaxBy(s => s.Plays)!.Title);
        Console.WriteLine("by string key: " + songs.MinBy(s => "z" + s.Title)!.Title + " " + songs.MaxBy(s => s.Title)!.Title);
        Console.WriteLine("empty of objects is null: " + (new List<Song>().MinBy(s => s.Plays) == null) + " " + (new List<Song>().MaxBy(s => s.Plays) == null));
        try
        {
            Console.WriteLine(new List<int>().MaxBy(n => -n));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("empty of ints throws: " + e.Message);
        }
        Console.WriteLine("of ints: " + new[] { 3, -8, 5 }.MinBy(n => n * n) + " " + new[] { 3, -8, 5 }.MaxBy(n => n * n));
        var keys = new List<int?> { null, 4, null, 2 };
        Console.WriteLine("null keys skipped: " + keys.MinBy(k => k) + " " + keys.MaxBy(k => k));
        var allNull = new List<string?> { "x", "y" };
        Console.WriteLine("all keys null gives the first: " + allNull.MinBy(s => (int?)null) + " " + allNull.MaxBy(s => (string?)null));
        var tuples = new[] { (Name: "p", Score: 2.5), (Name: "q", Score: 7.0) };
        Console.WriteLine("of tuples: " + tuples.MaxBy(t => t.Score).Name + " " + tuples.MinBy(t => t.Score).Name);
    }
}

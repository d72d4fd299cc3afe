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
    public Song(string title, string? album) { Title = title; Album = album; }

    public string Title { get; }

    public string? Album { get; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Song? none = null;
        var songs = new List<Song?> { new Song("a", "x"), null, new Song("b", null), new Song("c", "x"), none };
        var albums = songs.Select(s => s?.Album).ToList();
        Console.WriteLine("albums, nulls shown as -: " + Show.All(albums.Select(a => a ?? "-")));
        Console.WriteLine("Where not null: " + Show.All(albums.Where(a => a != null)) + " count " + albums.Count(a => a == null));
        Console.WriteLine("Contains null: " + albums.Contains(null) + ", IndexOf null: " + albums.IndexOf(null) + ", LastIndexOf null: " + albums.LastIndexOf(null));
        Console.WriteLine("Distinct: " + albums.Distinct().Count() + ", ToHashSet: " + albums.ToHashSet().Count + ", set from list: " + new HashSet<string?>(albums).Count);
        Console.WriteLine("GroupBy: " + Show.All(albums.GroupBy(a => a).Select(g => (g.Key ?? "null") + "x" + g.Count())));
        Console.WriteLine("OrderBy: " + Show.All(albums.OrderBy(a => a).Select(a => a ?? "-")) + ", Min " + albums.Min() + ", Max " + albums.Max());
        Console.WriteLine("First/Last: " + (albums.First() ?? "-") + " " + (albums.Last() ?? "-") + " " + (albums.FirstOrDefault(a => a == "zz") ?? "default"));
        var titles = songs.Where(s => s != null).Select(s => s!.Title);
        Console.WriteLine("titles of songs that are there: " + Show.All(titles));
        Console.WriteLine("removed nulls: " + albums.RemoveAll(a => a == null) + " " + Show.All(albums));
        var sorted = songs.Select(s => s?.Title).ToList();
        sorted.Sort();
        Console.WriteLine("sorted with nulls from ?.: " + Show.All(sorted.Select(t => t ?? "-")));
        var numbers = new List<int?> { 3, null, 1, null };
        Console.WriteLine("nullable ints: sum " + numbers.Sum() + ", average " + numbers.Average() + ", distinct " + numbers.Distinct().Count() + ", contains null " + numbers.Contains(null));
    }
}

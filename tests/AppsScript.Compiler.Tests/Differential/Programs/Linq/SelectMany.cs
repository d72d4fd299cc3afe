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

public class Playlist
{
    public Playlist(string name, params string[] songs)
    {
        Name = name;
        Songs = new List<string>(songs);
        Tags = new HashSet<string>();
    }

    public string Name { get; }

    public List<string> Songs { get; }

    public HashSet<string> Tags { get; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var playlists = new List<Playlist> { new Playlist("gym", "a", "b"), new Playlist("empty"), new Playlist("chill", "c", "a") };
        playlists[0].Tags.Add("fast");
        playlists[2].Tags.Add("slow");
        playlists[2].Tags.Add("soft");
        Console.WriteLine("all songs: " + Show.All(playlists.SelectMany(p => p.Songs)));
        Console.WriteLine("all tags from sets: " + Show.All(playlists.SelectMany(p => p.Tags)));
        Console.WriteLine("chars of words: " + Show.All(new[] { "ab", "", "c" }.SelectMany(w => w)));
        Console.WriteLine("with index: " + Show.All(playlists.SelectMany((p, i) => p.Songs.Select(s => i + s))));
        Console.WriteLine("with result selector: " + Show.All(playlists.SelectMany(p => p.Songs, (p, s) => p.Name + "/" + s)));
        var query = from p in playlists from s in p.Songs where s != "b" select s + "@" + p.Name;
        Console.WriteLine("query with two froms: " + Show.All(query));
        var nested = new List<List<int[]>> { new List<int[]> { new[] { 1 }, new[] { 2, 3 } }, new List<int[]>() };
        Console.WriteLine("one level only: " + nested.SelectMany(x => x).Count() + " arrays");
        var grid = Enumerable.Range(1, 3).SelectMany(row => Enumerable.Range(1, row).Select(col => row * 10 + col));
        Console.WriteLine("triangle: " + Show.All(grid));
    }
}

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

public class Album
{
    public Album(string title, int year, params string[] songs)
    {
        Title = title;
        Year = year;
        Songs = songs;
    }

    public string Title { get; }

    public int Year { get; }

    public string[] Songs { get; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var albums = new List<Album> { new Album("B", 1999, "x", "yy"), new Album("A", 2001, "zzz"), new Album("C", 1999), new Album("D", 1985, "w", "vv", "u") };
        var recent = from a in albums where a.Year > 1990 orderby a.Year descending, a.Title select a.Title;
        Console.WriteLine("where/orderby/select: " + Show.All(recent));
        var songs = from a in albums from s in a.Songs where s.Length > 1 orderby s select a.Title + ":" + s;
        Console.WriteLine("two froms: " + Show.All(songs));
        var withLet = from a in albums let count = a.Songs.Length where count > 0 select a.Title + count;
        Console.WriteLine("let: " + Show.All(withLet));
        var byYear = from a in albums group a.Title by a.Year into g orderby g.Key select g.Key + "=" + Show.All(g);
        Console.WriteLine("group into: " + Show.All(byYear));
        var grouped = from a in albums group a by a.Songs.Length > 1;
        foreach (var g in grouped) Console.WriteLine("group " + g.Key + ": " + g.Count());
        var projected = from a in albums select new { a.Title, Decade = a.Year / 10 * 10 };
        Console.WriteLine("anonymous: " + Show.All(projected.Select(p => p.Title + p.Decade)));
        var nested = from a in albums where a.Songs.Any(s => s == "x" || s == "u") select (from s in a.Songs select s.Length).Sum();
        Console.WriteLine("nested query: " + Show.All(nested));
    }
}

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

public record Play(string User, string Song, int Seconds);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var plays = new List<Play>
        {
            new("zoe", "a", 30), new("ann", "b", 200), new("zoe", "c", 10), new("bob", "a", 45), new("ann", "a", 60), new("zoe", "a", 5),
        };
        foreach (var group in plays.GroupBy(p => p.User))
        {
            Console.WriteLine(group.Key + ": " + group.Count() + " plays, " + group.Sum(p => p.Seconds) + "s, songs " + Show.All(group.Select(p => p.Song)));
        }
        foreach (var group in plays.GroupBy(p => p.Song, p => p.User))
        {
            Console.WriteLine("song " + group.Key + " by " + Show.All(group) + " first " + group.First());
        }
        var bySize = plays.GroupBy(p => p.Seconds >= 30).Select(g => (g.Key ? "long" : "short") + "=" + g.Count());
        Console.WriteLine("bool keys: " + Show.All(bySize));
        var byMinute = plays.GroupBy(p => p.Seconds / 60).OrderBy(g => g.Key).Select(g => g.Key + ":" + Show.All(g.Select(p => p.Seconds)));
        Console.WriteLine("int keys ordered: " + Show.All(byMinute));

        var tagged = new List<(string? Tag, int Id)> { ("x", 1), (null, 2), ("x", 3), (null, 4) };
        Play? nobody = null;
        tagged.Add((nobody?.User, 5));
        foreach (var group in tagged.GroupBy(t => t.Tag)) Console.WriteLine("tag [" + group.Key + "] null " + (group.Key == null) + ": " + Show.All(group.Select(t => t.Id)));

        var totals = plays.GroupBy(p => p.User).ToDictionary(g => g.Key, g => g.Sum(p => p.Seconds));
        Console.WriteLine("to a dictionary: " + Show.All(totals.Keys) + " zoe=" + totals["zoe"]);
        var busiest = plays.GroupBy(p => p.User).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First();
        Console.WriteLine("busiest: " + busiest.Key + " with " + busiest.Count());
        var groupList = plays.GroupBy(p => p.Song).ToList();
        Console.WriteLine("groups as a list: " + groupList.Count + " " + groupList[0].Key + " " + groupList[0].ToList().Count);

        var query = from p in plays group p.Seconds by p.User into g select g.Key + "=" + g.Max();
        Console.WriteLine("query syntax: " + Show.All(query));
        var letters = "mississippi".GroupBy(c => c).Select(g => g.Key + "" + g.Count());
        Console.WriteLine("chars: " + Show.All(letters));
        Console.WriteLine("empty: " + new List<Play>().GroupBy(p => p.User).Count());
    }
}

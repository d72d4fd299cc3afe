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

public record Track(string Id, string Title);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var source = new List<int> { 3, 1, 2 };
        var list = source.ToList();
        list.Add(4);
        var array = source.ToArray();
        array[0] = 30;
        Console.WriteLine("ToList and ToArray copy: " + Show.All(source) + " " + Show.All(list) + " " + Show.All(array));
        var filtered = source.Where(n => n > 1).ToList();
        filtered.Add(99);
        Console.WriteLine("ToList of a query: " + Show.All(filtered) + " source " + Show.All(source));
        var fromSet = new HashSet<string> { "b", "a" }.ToList();
        fromSet.Add("c");
        Console.WriteLine("ToList of a set: " + Show.All(fromSet));
        var chars = "abc".ToArray();
        Console.WriteLine("ToArray of a string: " + chars.Length + " " + Show.All(chars));

        var set = new[] { 5, 3, 5, 1, 3 }.ToHashSet();
        Console.WriteLine("ToHashSet: " + set.Count + " " + Show.All(set) + " " + set.Contains(3));
        var fromSetAgain = set.ToHashSet();
        fromSetAgain.Add(100);
        Console.WriteLine("ToHashSet copies: " + set.Count + " " + fromSetAgain.Count);

        var tracks = new[] { new Track("t1", "Intro"), new Track("t2", "Song"), new Track("t3", "Outro") };
        var byId = tracks.ToDictionary(t => t.Id);
        Console.WriteLine("ToDictionary: " + Show.All(byId.Keys) + " " + byId["t2"].Title);
        var titles = tracks.ToDictionary(t => t.Id, t => t.Title.Length);
        Console.WriteLine("ToDictionary with values: " + titles["t3"] + " " + titles.Count);
        try
        {
            var clash = tracks.ToDictionary(t => t.Title.Length > 4 ? "long" : "short");
            Console.WriteLine("not reached " + clash.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ToDictionary duplicate: " + e.Message);
        }
        try
        {
            var nullKey = tracks.ToDictionary(t => t.Id == "t2" ? null! : t.Id);
            Console.WriteLine("not reached " + nullKey.Count);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("ToDictionary null key: " + e.Message);
        }
        var fromDictionary = byId.ToDictionary(p => p.Key + "!", p => p.Value.Title);
        Console.WriteLine("from a dictionary: " + Show.All(fromDictionary.Keys) + " " + fromDictionary["t1!"]);
        var pairsToDictionary = byId.Where(p => p.Key != "t1").ToDictionary();
        var tuplesToDictionary = new[] { ("x", 1), ("y", 2) }.ToDictionary();
        Console.WriteLine("pairs and tuples to a dictionary: " + Show.All(pairsToDictionary.Keys) + " " + tuplesToDictionary["y"]);
        try
        {
            Console.WriteLine(new[] { ("x", 1), ("x", 2) }.ToDictionary().Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("tuples with a repeated key: " + e.Message);
        }
        Console.WriteLine("empty: " + new List<Track>().ToDictionary(t => t.Id).Count + " " + new List<int>().ToHashSet().Count + " " + new List<int>().ToList().Count);
    }
}

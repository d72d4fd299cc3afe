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

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var plays = new Dictionary<string, int> { ["abba"] = 12, ["muse"] = 30, ["queen"] = 30, ["acdc"] = 4 };
        Console.WriteLine("Where on pairs: " + Show.All(plays.Where(p => p.Value > 10).Select(p => p.Key)));
        Console.WriteLine("OrderByDescending value then key: " + Show.All(plays.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key + "=" + p.Value)));
        Console.WriteLine("Keys and Values: " + Show.All(plays.Keys.OrderBy(k => k)) + " " + plays.Values.Sum() + " " + plays.Values.Max() + " " + plays.Keys.First());
        Console.WriteLine("Count and Any: " + plays.Count() + " " + plays.Count(p => p.Value == 30) + " " + plays.Any(p => p.Key == "muse"));
        var top = plays.OrderByDescending(p => p.Value).First();
        Console.WriteLine("First pair: " + top.Key + " " + top.Value);
        var filtered = plays.Where(p => p.Key != "acdc").ToDictionary(p => p.Key, p => p.Value * 2);
        Console.WriteLine("filtered into a new dictionary: " + Show.All(filtered.Keys) + " " + filtered["muse"] + ", original " + plays.Count);
        var inverted = plays.GroupBy(p => p.Value).ToDictionary(g => "n" + g.Key, g => Show.All(g.Select(p => p.Key)));
        foreach (var (count, names) in inverted) Console.WriteLine("inverted " + count + " " + names);
        var pairs = plays.ToList();
        Console.WriteLine("ToList of pairs: " + pairs.Count + " " + pairs[0].Key + " " + pairs[3].Value);
        var (name, value) = plays.Last();
        Console.WriteLine("deconstructed Last: " + name + " " + value);

        var tags = new HashSet<string> { "rock", "pop", "jazz", "rock" };
        Console.WriteLine("set LINQ: " + tags.Count() + " " + Show.All(tags.Where(t => t.Length == 4)) + " " + Show.All(tags.OrderBy(t => t)) + " " + tags.First() + " " + tags.Contains("pop"));
        var other = new HashSet<string> { "pop", "metal" };
        Console.WriteLine("set queries: " + Show.All(tags.Where(other.Contains)) + " " + Show.All(tags.Concat(other).Distinct()) + " " + tags.Any(other.Contains));
        var lengths = tags.Select(t => t.Length).ToHashSet();
        Console.WriteLine("ToHashSet of lengths: " + Show.All(lengths) + " " + lengths.Sum());
    }
}

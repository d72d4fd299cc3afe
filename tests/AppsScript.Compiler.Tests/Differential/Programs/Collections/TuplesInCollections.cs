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
        var scores = new List<(string Name, int Score)> { ("ann", 7), ("bob", 9), ("cid", 7), ("dan", 3) };
        scores.Sort((a, b) => b.Score - a.Score);
        Console.WriteLine("sorted by score: " + Show.All(scores.Select(s => s.Name + s.Score)));
        var byName = new Dictionary<string, (int Score, bool Active)>();
        foreach (var (name, score) in scores) byName[name] = (score, score > 5);
        Console.WriteLine("tuple values: " + byName["bob"].Score + " " + byName["dan"].Active + " " + byName.Count);
        var (bestName, bestScore) = scores[0];
        Console.WriteLine("deconstructed from a list: " + bestName + " " + bestScore);
        var ranked = scores.Select((s, i) => (Rank: i + 1, s.Name)).Where(r => r.Rank <= 2).ToList();
        foreach (var (rank, name) in ranked) Console.WriteLine("rank " + rank + " " + name);
        var ordered = scores.OrderBy(s => (s.Score, s.Name)).Select(s => s.Name);
        Console.WriteLine("ordered by a tuple key: " + Show.All(ordered));
        var grouped = scores.GroupBy(s => s.Score).Select(g => (Score: g.Key, Names: g.Select(x => x.Name).ToList())).ToList();
        foreach (var (score, names) in grouped) Console.WriteLine(score + ": " + Show.All(names));
        var matrix = new[] { (1, 2), (3, 4) };
        var sum = 0;
        foreach (var (a, b) in matrix) sum += a * b;
        Console.WriteLine("sum of products: " + sum);
        var stats = Stats(scores.Select(s => s.Score));
        Console.WriteLine("stats: " + stats.Count + " " + stats.Total + " " + stats.Mean);
        var empty = Stats(new List<int>());
        Console.WriteLine("stats of nothing: " + empty.Count + " " + empty.Total + " " + empty.Mean);
    }

    private static (int Count, int Total, double Mean) Stats(IEnumerable<int> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? (0, 0, 0.0) : (list.Count, list.Sum(), list.Average());
    }
}

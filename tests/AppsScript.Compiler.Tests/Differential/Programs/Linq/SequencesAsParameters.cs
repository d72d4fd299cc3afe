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

public static class Stats
{
    public static int CountLong(IEnumerable<string> words) => words.Count(w => w.Length > 3);

    public static IEnumerable<string> Upper(IEnumerable<string> words) => words.Select(w => w + w);

    public static IReadOnlyList<int> Evens(int max) => Enumerable.Range(0, max).Where(n => n % 2 == 0).ToList();

    public static IEnumerable<T> Every<T>(IEnumerable<T> items, int step) => items.Where((item, index) => index % step == 0);
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var list = new List<string> { "tree", "a", "house" };
        var set = new HashSet<string> { "dog", "horse", "cat" };
        var array = new[] { "lion", "ox" };
        var dictionary = new Dictionary<string, int> { ["giraffe"] = 1, ["emu"] = 2 };
        Console.WriteLine("a list, a set, an array and keys: " + Stats.CountLong(list) + " " + Stats.CountLong(set) + " " + Stats.CountLong(array) + " " + Stats.CountLong(dictionary.Keys));
        Console.WriteLine("returned sequences: " + Show.All(Stats.Upper(set)) + " " + Show.All(Stats.Evens(7)));
        Console.WriteLine("generic helper: " + Show.All(Stats.Every(list, 2)) + " " + Show.All(Stats.Every("abcdefg", 3)) + " " + Show.All(Stats.Every(dictionary.Values, 1)));
        IEnumerable<string> view = list;
        list.Add("mountain");
        Console.WriteLine("a list seen as a sequence stays the same list: " + view.Count() + " " + view.Last());
        var chained = Stats.Upper(Stats.Upper(array)).Where(w => w.Length > 8).ToList();
        Console.WriteLine("chained: " + Show.All(chained));
        var pairs = dictionary.AsEnumerable().Select(p => p.Key + p.Value);
        Console.WriteLine("pairs: " + Show.All(pairs));
    }
}

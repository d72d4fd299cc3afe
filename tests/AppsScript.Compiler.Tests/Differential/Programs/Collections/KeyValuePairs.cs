using System;
using System.Collections.Generic;
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
        var pair = new KeyValuePair<string, int>("plays", 42);
        var created = KeyValuePair.Create("skips", 3);
        Console.WriteLine(pair.Key + "=" + pair.Value + ", " + created.Key + "=" + created.Value);
        var (key, value) = pair;
        Console.WriteLine("deconstructed: " + key + " " + value);

        var pairs = new List<KeyValuePair<string, double>> { new("a", 1.5), KeyValuePair.Create("b", 2.25) };
        foreach (var (k, v) in pairs) Console.WriteLine("list entry " + k + " " + v);
        var total = 0.0;
        foreach (var entry in pairs) total += entry.Value;
        Console.WriteLine("total " + total);

        var dictionary = new Dictionary<string, double>(pairs);
        foreach (KeyValuePair<string, double> entry in dictionary) Console.WriteLine("from the dictionary " + entry.Key + " " + entry.Value);

        var best = Best(dictionary);
        Console.WriteLine("returned pair: " + best.Key + " " + best.Value);
        var defaultPair = default(KeyValuePair<string?, int>);
        Console.WriteLine("default pair: [" + defaultPair.Key + "] " + defaultPair.Value + " " + (defaultPair.Key == null));
    }

    private static KeyValuePair<string, double> Best(Dictionary<string, double> scores)
    {
        var best = KeyValuePair.Create("", double.MinValue);
        foreach (var entry in scores)
        {
            if (entry.Value > best.Value) best = entry;
        }
        return best;
    }
}

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
        var added = new Dictionary<string, int> { { "one", 1 }, { "two", 2 } };
        var indexed = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2, ["one"] = 11 };
        Console.WriteLine("Add form: " + Show.All(added.Keys) + " " + added["two"]);
        Console.WriteLine("indexer form, a repeated key overwrites: " + Show.All(indexed.Keys) + " " + indexed["one"]);

        try
        {
            var broken = new Dictionary<string, int> { { "a", 1 }, { "b", 2 }, { "a", 3 } };
            Console.WriteLine("not reached " + broken.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("Add form with a repeated key: " + e.Message);
        }

        var prefix = "k";
        var computed = new Dictionary<string, int> { { prefix + 1, 1 }, { prefix + 2, 2 } };
        Console.WriteLine("computed keys: " + Show.All(computed.Keys));
        try
        {
            var clash = new Dictionary<string, int> { { prefix, 1 }, { "k", 2 } };
            Console.WriteLine("not reached " + clash.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("computed keys that clash: " + e.Message);
        }

        var extended = new Dictionary<string, int>(added) { ["three"] = 3, ["one"] = 100 };
        Console.WriteLine("copy then indexer entries: " + Show.All(extended.Keys) + " " + extended["one"] + ", source " + added["one"]);
        try
        {
            var again = new Dictionary<string, int>(added) { { "two", 22 } };
            Console.WriteLine("not reached " + again.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("copy then an Add of a copied key: " + e.Message);
        }

        var order = new List<string>();
        var evaluated = new Dictionary<string, int> { [Note(order, "k1")] = NoteValue(order, 1), [Note(order, "k2")] = NoteValue(order, 2) };
        Console.WriteLine("evaluation order: " + Show.All(order) + " " + evaluated["k2"]);

        var nested = new Dictionary<string, Dictionary<string, int>>
        {
            ["outer"] = new Dictionary<string, int> { ["inner"] = 5 },
        };
        Console.WriteLine("nested: " + nested["outer"]["inner"]);

        var pairs = new List<KeyValuePair<string, int>> { new KeyValuePair<string, int>("p", 1), KeyValuePair.Create("q", 2) };
        var fromPairs = new Dictionary<string, int>(pairs);
        Console.WriteLine("from pairs: " + Show.All(fromPairs.Keys) + " " + fromPairs["q"]);
        pairs.Add(KeyValuePair.Create("p", 3));
        try
        {
            Console.WriteLine(new Dictionary<string, int>(pairs).Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("from pairs with a repeated key: " + e.Message);
        }
    }

    private static string Note(List<string> order, string key)
    {
        order.Add("key " + key);
        return key;
    }

    private static int NoteValue(List<string> order, int value)
    {
        order.Add("value " + value);
        return value;
    }
}

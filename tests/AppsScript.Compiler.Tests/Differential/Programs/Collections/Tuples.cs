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
        var plain = (1, "one");
        Console.WriteLine("Item1 " + plain.Item1 + ", Item2 " + plain.Item2);
        var named = (Id: 7, Title: "Song", Rating: 4.5);
        Console.WriteLine("named " + named.Id + " " + named.Title + " " + named.Rating + ", also Item3 " + named.Item3);
        (string Artist, int Year) typed = ("abba", 1974);
        Console.WriteLine("typed " + typed.Artist + " " + typed.Year);
        var created = ValueTuple.Create("x", true);
        Console.WriteLine("ValueTuple.Create " + created.Item1 + " " + created.Item2);

        var (id, title, rating) = named;
        Console.WriteLine("deconstructed " + id + " " + title + " " + rating);
        var (_, onlyTitle, _) = named;
        Console.WriteLine("with discards " + onlyTitle);
        int left = 1, right = 2;
        (left, right) = (right, left);
        Console.WriteLine("swapped " + left + " " + right);

        var (min, max) = MinMax(new[] { 4, -2, 9, 0 });
        Console.WriteLine("returned " + min + " " + max);
        var result = MinMax(new[] { 5 });
        Console.WriteLine("returned whole " + result.Min + " " + result.Max);

        var list = new List<(string Name, int Plays)> { ("a", 3), ("b", 5) };
        list.Add(("c", 1));
        foreach (var (name, plays) in list) Console.WriteLine("in list " + name + " " + plays);
        foreach (var item in list) Console.WriteLine("by name " + item.Name + " " + item.Plays);
        list[0] = (list[0].Name, list[0].Plays + 10);
        Console.WriteLine("replaced " + list[0].Name + " " + list[0].Plays);

        var nested = (Outer: 1, Inner: (A: "x", B: 2));
        Console.WriteLine("nested " + nested.Inner.A + nested.Inner.B + " " + nested.Outer);
        var long8 = (1, 2, 3, 4, 5, 6, 7, 8, 9);
        Console.WriteLine("nine elements: " + long8.Item1 + long8.Item8 + long8.Item9);

        var copy = named;
        copy = (copy.Id + 1, copy.Title, copy.Rating);
        Console.WriteLine("reassigned copy " + copy.Id + ", original " + named.Id);
        (int, string?) defaults = default;
        Console.WriteLine("default tuple " + defaults.Item1 + " " + (defaults.Item2 == null));
        var actions = new List<Func<string>>();
        foreach (var (name, plays) in list) actions.Add(() => name + plays);
        foreach (var action in actions) Console.WriteLine("captured " + action());
    }

    private static (int Min, int Max) MinMax(int[] values)
    {
        var min = values[0];
        var max = values[0];
        foreach (var value in values)
        {
            if (value < min) min = value;
            if (value > max) max = value;
        }
        return (min, max);
    }
}

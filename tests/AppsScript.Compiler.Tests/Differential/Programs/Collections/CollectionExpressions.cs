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
        List<int> list = [1, 2, 3];
        int[] array = [4, 5];
        IEnumerable<int> sequence = [6];
        IReadOnlyList<string> readOnly = ["a", "b"];
        List<int> none = [];
        Console.WriteLine("literals: " + Show.All(list) + " " + Show.All(array) + " " + Show.All(sequence) + " " + Show.All(readOnly) + " " + none.Count);

        List<int> combined = [0, .. list, .. array, 99];
        Console.WriteLine("spread: " + Show.All(combined));
        list.Add(100);
        Console.WriteLine("spread copied, source changed later: " + Show.All(combined));

        HashSet<string> tags = ["rock", "pop", "rock"];
        Console.WriteLine("set literal drops duplicates: " + tags.Count + " " + Show.All(tags));
        HashSet<string> more = [.. tags, "jazz", "pop"];
        Console.WriteLine("set from spread of a set: " + Show.All(more));
        List<string> fromSet = [.. more];
        Console.WriteLine("list from a set: " + Show.All(fromSet));

        List<char> letters = [.. "héllo", '!'];
        Console.WriteLine("chars spread from a string: " + letters.Count + " " + Show.All(letters));

        var dictionary = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 };
        List<KeyValuePair<string, int>> entries = [.. dictionary];
        Console.WriteLine("entries spread from a dictionary: " + entries.Count + " " + entries[1].Key + "=" + entries[1].Value);

        string? missing = null;
        HashSet<string?> nullable = ["a", missing, null];
        Console.WriteLine("null and a null variable are one element: " + nullable.Count);

        List<int[]> nested = [[1, 2], [], [3]];
        Console.WriteLine("nested: " + nested.Count + " " + nested[0].Length + nested[1].Length + nested[2].Length);
        Console.WriteLine("passed as an argument: " + Total([10, 20, .. array]));
    }

    private static int Total(IEnumerable<int> values)
    {
        var total = 0;
        foreach (var value in values) total += value;
        return total;
    }
}

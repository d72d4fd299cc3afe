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
        var total = 0;
        foreach (var n in new List<int> { 1, 2, 3, 4, 5, 6 })
        {
            if (n == 2) continue;
            if (n == 5) break;
            total += n;
        }
        Console.WriteLine("list with break and continue: " + total);

        var units = 0;
        var text = "a😀é";
        foreach (var c in text) units++;
        Console.WriteLine("a string is walked by UTF-16 units: " + units + " of length " + text.Length);
        var codes = new List<int>();
        foreach (char c in "AZ") codes.Add(c);
        Console.WriteLine("char codes: " + Show.All(codes));

        var set = new HashSet<string> { "b", "a", "b", "c" };
        foreach (var item in set) Console.WriteLine("set item " + item);

        var grid = new[] { new[] { 1, 2 }, new[] { 3 }, new int[0] };
        var cells = new List<string>();
        foreach (var row in grid)
        {
            foreach (var cell in row) cells.Add(row.Length + ":" + cell);
        }
        Console.WriteLine("nested loops: " + Show.All(cells));

        var closures = new List<Func<string>>();
        foreach (var word in new[] { "x", "y", "z" })
        {
            var upper = word + word;
            closures.Add(() => word + "/" + upper);
        }
        for (var i = 0; i < 2; i++)
        {
            foreach (var suffix in new[] { "!", "?" }) closures.Add(() => i + suffix);
        }
        var results = new List<string>();
        foreach (var closure in closures) results.Add(closure());
        Console.WriteLine("each iteration's variable is captured: " + Show.All(results));

        IEnumerable<int> sequence = new List<int> { 7, 8 };
        foreach (var value in sequence) Console.WriteLine("through IEnumerable " + value);
        IReadOnlyCollection<string> readOnly = set;
        foreach (var value in readOnly) Console.WriteLine("set through IReadOnlyCollection " + value + " of " + readOnly.Count);
        var empty = new List<string>();
        foreach (var value in empty) Console.WriteLine("never");
        Console.WriteLine("done");
    }
}

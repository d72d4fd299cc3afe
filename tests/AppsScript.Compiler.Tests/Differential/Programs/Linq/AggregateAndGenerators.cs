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
        var numbers = new[] { 3, 5, 2 };
        Console.WriteLine("Aggregate without seed: " + numbers.Aggregate((a, b) => a * b) + " " + new[] { 7 }.Aggregate((a, b) => a + b));
        Console.WriteLine("Aggregate with seed: " + numbers.Aggregate(100, (acc, n) => acc - n) + " " + new int[0].Aggregate(42, (acc, n) => acc + n));
        Console.WriteLine("Aggregate building a string: " + new[] { "a", "b", "c" }.Aggregate("", (text, s) => text + s + ";"));
        Console.WriteLine("Aggregate with a result selector: " + numbers.Aggregate(0, (sum, n) => sum + n, sum => "total " + sum));
        Console.WriteLine("Aggregate order: " + new[] { "x", "y", "z" }.Aggregate((acc, s) => "(" + acc + s + ")"));
        try
        {
            Console.WriteLine(new List<int>().Aggregate((a, b) => a + b));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Aggregate of nothing: " + e.Message);
        }

        Console.WriteLine("Range: " + Show.All(Enumerable.Range(5, 4)) + " " + Show.All(Enumerable.Range(-2, 3)) + " empty " + Show.All(Enumerable.Range(0, 0)));
        try
        {
            Console.WriteLine(Enumerable.Range(0, -1).Count());
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Range with a negative count: " + e.Message);
        }
        Console.WriteLine("Repeat: " + Show.All(Enumerable.Repeat("ab", 3)) + " " + Enumerable.Repeat(0, 0).Count());
        var grid = Enumerable.Repeat(0, 3).Select((_, i) => Enumerable.Range(0, i + 1).Sum()).ToList();
        Console.WriteLine("Repeat and Range together: " + Show.All(grid));
        var empty = Enumerable.Empty<string>();
        Console.WriteLine("Empty: " + empty.Count() + " " + Show.All(empty.Append("x")));
        var squares = Enumerable.Range(1, 5).Select(n => n * n).Where(n => n % 2 == 1).ToArray();
        Console.WriteLine("pipeline from Range: " + Show.All(squares));
    }
}

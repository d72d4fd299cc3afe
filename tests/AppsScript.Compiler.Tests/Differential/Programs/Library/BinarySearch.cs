using System;
using System.Collections.Generic;
using AppsScript.Interop;

public sealed class ByLength : IComparer<string>
{
    public int Compare(string? x, string? y) => (x?.Length ?? -1) - (y?.Length ?? -1);
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = new List<int> { 1, 3, 5, 7, 9, 11 };
        foreach (var wanted in new[] { 0, 1, 2, 5, 6, 11, 12, -4 })
        {
            var index = numbers.BinarySearch(wanted);
            Console.WriteLine($"List.BinarySearch({wanted}) = {index}, complement {~index}");
        }
        Console.WriteLine("empty list: " + new List<int>().BinarySearch(3));
        Console.WriteLine("one element: " + new List<int> { 4 }.BinarySearch(4) + " " + new List<int> { 4 }.BinarySearch(9));
        var repeated = new List<int> { 2, 2, 2, 2, 2 };
        Console.WriteLine("repeated values: " + repeated.BinarySearch(2));

        var words = new List<string> { "apple", "banana", "cherry", "date" };
        Console.WriteLine("strings: " + words.BinarySearch("cherry") + " " + words.BinarySearch("blueberry") + " " + words.BinarySearch("zebra") + " " + words.BinarySearch("Apple"));
        var withNull = new List<string?> { null, "a", "b" };
        Console.WriteLine("null first: " + withNull.BinarySearch(null) + " " + withNull.BinarySearch("b") + " " + withNull.BinarySearch("0"));

        var doubles = new[] { double.NaN, -1.5, 0.0, 2.25, double.PositiveInfinity };
        Console.WriteLine("doubles: " + Array.BinarySearch(doubles, 2.25) + " " + Array.BinarySearch(doubles, double.NaN) + " " + Array.BinarySearch(doubles, 1.0)
            + " " + Array.BinarySearch(doubles, double.NegativeInfinity));

        var array = new[] { 10, 20, 30 };
        Console.WriteLine("Array.BinarySearch: " + Array.BinarySearch(array, 20) + " " + Array.BinarySearch(array, 25) + " " + Array.BinarySearch(array, 35) + " " + Array.BinarySearch(new int[0], 1));

        var byLength = new List<string> { "a", "bb", "ccc", "dddd" };
        Console.WriteLine("with a comparer: " + byLength.BinarySearch("xy", new ByLength()) + " " + byLength.BinarySearch("xxxxxx", new ByLength()));
        Console.WriteLine("with Comparer.Create: " + Array.BinarySearch(new[] { 9, 7, 5, 3 }, 5, Comparer<int>.Create((a, b) => b.CompareTo(a)))
            + " " + Array.BinarySearch(new[] { 9, 7, 5, 3 }, 4, Comparer<int>.Create((a, b) => b - a)));
        Console.WriteLine("with a null comparer: " + numbers.BinarySearch(9, null));
        Console.WriteLine("with Comparer.Default: " + numbers.BinarySearch(8, Comparer<int>.Default));
        var cased = new List<string> { "alpha", "BETA", "gamma" };
        Console.WriteLine("OrdinalIgnoreCase: " + cased.BinarySearch("Beta", StringComparer.OrdinalIgnoreCase) + " Ordinal: " + cased.BinarySearch("Beta", StringComparer.Ordinal));

        var sorted = new List<int>();
        foreach (var value in new[] { 5, 1, 4, 1, 3, 9, 2 })
        {
            var at = sorted.BinarySearch(value);
            sorted.Insert(at < 0 ? ~at : at, value);
        }
        Console.WriteLine("insertion by BinarySearch: " + string.Join(",", sorted));
    }
}

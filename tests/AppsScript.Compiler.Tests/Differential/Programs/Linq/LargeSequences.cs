using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = Enumerable.Range(1, 20000).ToList();
        Console.WriteLine("sum " + numbers.Sum(n => (long)n) + ", count even " + numbers.Count(n => n % 2 == 0) + ", max " + numbers.Max());
        var copy = new List<int>();
        copy.AddRange(numbers);
        copy.AddRange(numbers.Select(n => -n));
        Console.WriteLine("AddRange of many: " + copy.Count + " " + copy[39999]);
        var keys = numbers.Select(n => n % 7).ToList();
        var sorted = numbers.OrderBy(n => n % 7).ThenByDescending(n => n % 3).ToList();
        Console.WriteLine("stable sort of many: " + sorted[0] + " " + sorted[1] + " " + sorted[10000] + " " + sorted[19999]);
        var groups = numbers.GroupBy(n => n % 10).Select(g => g.Key + ":" + g.Count()).ToList();
        Console.WriteLine("groups: " + groups.Count + " " + groups[0] + " " + groups[9]);
        var distinct = keys.Distinct().Count();
        var set = numbers.Select(n => n / 3).ToHashSet();
        Console.WriteLine("distinct " + distinct + ", set " + set.Count);
        var words = numbers.Take(1000).Select(n => "w" + n % 100).ToDictionary(w => w + "#" + Unique(w), w => w.Length);
        Console.WriteLine("dictionary of many: " + words.Count);
        var list = new List<int>(numbers);
        list.Sort((a, b) => b - a);
        Console.WriteLine("sorted descending: " + list[0] + " " + list[19999] + ", binary-ish search " + list.IndexOf(10000));
    }

    private static int counter;

    private static string Unique(string w) => w + counter++;
}

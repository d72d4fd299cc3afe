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
        var first = new List<int> { 1, 2, 3 };
        var second = new[] { 3, 4 };
        Console.WriteLine("Concat: " + Show.All(first.Concat(second)) + " with itself " + Show.All(first.Concat(first)) + " with empty " + Show.All(first.Concat(new List<int>())));
        Console.WriteLine("Concat a set and a string: " + Show.All(new[] { 'x' }.Concat(new HashSet<char> { 'y', 'y' }).Concat("zz")));
        var lists = new List<List<int>> { new List<int> { 1 } }.Concat(new[] { new List<int> { 2, 3 } }).ToList();
        Console.WriteLine("Concat of lists keeps them whole: " + lists.Count + " " + lists[1].Count);
        Console.WriteLine("Append/Prepend: " + Show.All(first.Append(9)) + " " + Show.All(first.Prepend(0)) + " " + Show.All(first.Prepend(-1).Append(10).Append(11)) + " source " + Show.All(first));

        var reversed = first.AsEnumerable().Reverse().ToList();
        Console.WriteLine("Reverse does not touch the source: " + Show.All(reversed) + " " + Show.All(first));
        var array = new[] { 5, 6, 7 };
        Console.WriteLine("Reverse of an array: " + Show.All(array.Reverse()) + " source " + Show.All(array));
        Console.WriteLine("Reverse of a query and a string: " + Show.All(first.Select(n => n * 10).Reverse()) + " " + Show.All("abc".Reverse()));

        var names = new[] { "a", "b", "c" };
        Console.WriteLine("Zip to tuples: " + Show.All(names.Zip(first).Select(p => p.First + p.Second)));
        Console.WriteLine("Zip with selector, shorter wins: " + Show.All(names.Zip(second, (n, v) => n + "=" + v)) + " " + Show.All(second.Zip(names, (v, n) => n + v)));
        foreach (var (name, number) in names.Zip(new[] { 10, 20, 30, 40 })) Console.WriteLine("zipped " + name + " " + number);

        Console.WriteLine("SequenceEqual: " + first.SequenceEqual(new[] { 1, 2, 3 }) + " " + first.SequenceEqual(new[] { 1, 2 }) + " " + first.SequenceEqual(new[] { 1, 2, 4 }) + " " + new int[0].SequenceEqual(new List<int>()));
        Console.WriteLine("SequenceEqual of arrays and NaN: " + array.SequenceEqual(new[] { 5, 6, 7 }) + " " + new[] { double.NaN }.SequenceEqual(new[] { double.NaN }) + " " + new[] { "x", null }.SequenceEqual(new[] { "x", null }));
        Console.WriteLine("Contains after Concat: " + first.Concat(second).Contains(4));
    }
}

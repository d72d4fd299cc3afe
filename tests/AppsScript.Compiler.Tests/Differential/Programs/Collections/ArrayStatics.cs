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
        var values = new[] { 4, 8, 15, 16, 23, 42, 8 };
        Console.WriteLine("Array.IndexOf 8: " + Array.IndexOf(values, 8) + ", LastIndexOf 8: " + Array.LastIndexOf(values, 8) + ", missing: " + Array.IndexOf(values, 5));
        Console.WriteLine("array.Contains 15: " + values.Contains(15) + ", 14: " + values.Contains(14));
        Console.WriteLine("Array.Exists > 40: " + Array.Exists(values, v => v > 40) + ", > 50: " + Array.Exists(values, v => v > 50));
        Console.WriteLine("Array.Find > 10: " + Array.Find(values, v => v > 10) + ", none (default): " + Array.Find(values, v => v > 100));
        Console.WriteLine("Array.FindLast < 10: " + Array.FindLast(values, v => v < 10) + ", FindIndex > 10: " + Array.FindIndex(values, v => v > 10));
        Console.WriteLine("Array.FindAll even: " + Show.All(Array.FindAll(values, v => v % 2 == 0)));
        Console.WriteLine("Array.TrueForAll > 0: " + Array.TrueForAll(values, v => v > 0) + ", < 40: " + Array.TrueForAll(values, v => v < 40));
        Console.WriteLine("Array.ConvertAll: " + Show.All(Array.ConvertAll(values, v => v / 2.0)));
        var sum = 0;
        Array.ForEach(values, v => sum += v);
        Console.WriteLine("Array.ForEach sum: " + sum);

        Array.Sort(values);
        Console.WriteLine("Array.Sort: " + Show.All(values));
        Array.Reverse(values);
        Console.WriteLine("Array.Reverse: " + Show.All(values));
        Array.Fill(values, 1);
        Console.WriteLine("Array.Fill: " + Show.All(values));

        var names = new[] { "mia", null, "ola" };
        Console.WriteLine("Array.IndexOf null: " + Array.IndexOf(names, null) + ", ola: " + Array.IndexOf(names, "ola"));
        Console.WriteLine("Array.Find none is null: " + (Array.Find(names, n => n == "zed") == null));
        var sorted = new[] { "b", null, "a" };
        Array.Sort(sorted);
        Console.WriteLine("Array.Sort with null: " + Show.All(sorted) + " " + (sorted[0] == null));

        var empty = new int[0];
        Console.WriteLine("empty: IndexOf " + Array.IndexOf(empty, 1) + ", Exists " + Array.Exists(empty, v => true) + ", TrueForAll " + Array.TrueForAll(empty, v => false));
    }
}

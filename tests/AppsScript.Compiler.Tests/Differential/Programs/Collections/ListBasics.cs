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
        var empty = new List<int>();
        Console.WriteLine("empty: " + Show.All(empty) + " count " + empty.Count);
        var sized = new List<string>(10);
        Console.WriteLine("capacity ctor count " + sized.Count);

        var numbers = new List<int> { 3, 1, 4 };
        numbers.Add(1);
        numbers.Add(5);
        Console.WriteLine("after Add: " + Show.All(numbers) + " count " + numbers.Count);

        var copy = new List<int>(numbers);
        copy.Add(9);
        Console.WriteLine("copy is separate: " + Show.All(copy) + " vs " + Show.All(numbers));

        numbers.AddRange(new[] { 9, 2, 6 });
        numbers.AddRange(numbers);
        Console.WriteLine("AddRange (itself too): " + Show.All(numbers));

        numbers[0] = 30;
        numbers[numbers.Count - 1] += 100;
        Console.WriteLine("indexer: first " + numbers[0] + " last " + numbers[numbers.Count - 1]);

        numbers.Insert(0, -1);
        numbers.Insert(numbers.Count, 99);
        Console.WriteLine("Insert: " + Show.All(numbers));
        numbers.InsertRange(2, new List<int> { 7, 7 });
        Console.WriteLine("InsertRange: " + Show.All(numbers));

        numbers.RemoveAt(0);
        numbers.RemoveRange(0, 3);
        Console.WriteLine("RemoveAt, RemoveRange: " + Show.All(numbers));

        numbers.Clear();
        Console.WriteLine("Clear: " + Show.All(numbers) + " count " + numbers.Count);
        numbers.Add(42);
        Console.WriteLine("reused after Clear: " + Show.All(numbers));
    }
}

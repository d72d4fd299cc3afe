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
        var numbers = Enumerable.Range(1, 8).ToList();
        Console.WriteLine("Take 3: " + Show.All(numbers.Take(3)) + ", Skip 3: " + Show.All(numbers.Skip(3)));
        Console.WriteLine("Take 0: " + Show.All(numbers.Take(0)) + ", Skip 0: " + Show.All(numbers.Skip(0)));
        Console.WriteLine("beyond the end: " + Show.All(numbers.Take(100)) + " " + Show.All(numbers.Skip(100)));
        var negative = -2;
        Console.WriteLine("negative counts: " + Show.All(numbers.Take(negative)) + " " + Show.All(numbers.Skip(negative)) + " " + Show.All(numbers.Take(-1)));
        var page = 2;
        var size = 3;
        Console.WriteLine("paging: " + Show.All(numbers.Skip((page - 1) * size).Take(size)));
        Console.WriteLine("TakeLast 2: " + Show.All(numbers.TakeLast(2)) + ", SkipLast 2: " + Show.All(numbers.SkipLast(2)));
        Console.WriteLine("TakeLast/SkipLast 0 and too many: " + Show.All(numbers.TakeLast(0)) + " " + Show.All(numbers.SkipLast(0)) + " " + Show.All(numbers.TakeLast(20)) + " " + Show.All(numbers.SkipLast(20)));
        Console.WriteLine("TakeLast/SkipLast negative: " + Show.All(numbers.TakeLast(negative)) + " " + Show.All(numbers.SkipLast(negative)));
        Console.WriteLine("TakeWhile < 4: " + Show.All(numbers.TakeWhile(n => n < 4)) + ", SkipWhile < 4: " + Show.All(numbers.SkipWhile(n => n < 4)));
        Console.WriteLine("TakeWhile none / all: " + Show.All(numbers.TakeWhile(n => n > 100)) + " " + Show.All(numbers.TakeWhile(n => n > 0)));
        Console.WriteLine("SkipWhile none / all: " + Show.All(numbers.SkipWhile(n => n > 100)) + " " + Show.All(numbers.SkipWhile(n => n > 0)));
        var bumpy = new[] { 1, 5, 2, 8, 3 };
        Console.WriteLine("stops at the first failure: " + Show.All(bumpy.TakeWhile(n => n < 6)) + " " + Show.All(bumpy.SkipWhile(n => n < 6)));
        Console.WriteLine("with index: " + Show.All(bumpy.TakeWhile((n, i) => n > i)) + " " + Show.All(bumpy.SkipWhile((n, i) => i < 2)));
        var chunks = numbers.Chunk(3).ToList();
        Console.WriteLine("Chunk 3: " + chunks.Count + " " + Show.All(chunks.Select(c => Show.All(c))) + " last length " + chunks[chunks.Count - 1].Length);
        Console.WriteLine("Chunk bigger than the source: " + Show.All(new[] { 1, 2 }.Chunk(5).Select(c => c.Length)) + ", of nothing: " + new int[0].Chunk(2).Count());
        try
        {
            Console.WriteLine(numbers.Chunk(0).Count());
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("Chunk 0: " + e.Message);
        }
        Console.WriteLine("of a string: " + Show.All("abcdef".Skip(2).Take(3)) + " " + Show.All("abcdef".TakeLast(2)));
        Console.WriteLine("of a set: " + Show.All(new HashSet<int> { 9, 8, 7 }.Skip(1)));
    }
}

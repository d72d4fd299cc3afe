using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public sealed class Resource : IDisposable
{
    private readonly string _name;

    public Resource(string name)
    {
        _name = name;
        Console.WriteLine($"  open {name}");
    }

    public void Dispose() => Console.WriteLine($"  dispose {_name}");
}

[GlobalFunctions]
public static class Program
{
    private static IEnumerable<int> Guarded(string label, int count)
    {
        Console.WriteLine($"  {label}: begin");
        try
        {
            for (var i = 1; i <= count; i++)
            {
                Console.WriteLine($"  {label}: yield {i}");
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine($"  {label}: finally");
        }
        Console.WriteLine($"  {label}: after try");
    }

    private static IEnumerable<string> Nested()
    {
        try
        {
            try
            {
                yield return "inner";
            }
            finally
            {
                Console.WriteLine("  inner finally");
            }
            yield return "outer";
        }
        finally
        {
            Console.WriteLine("  outer finally");
        }
    }

    private static IEnumerable<int> WithUsing()
    {
        using var resource = new Resource("file");
        using (new Resource("lock"))
        {
            yield return 1;
        }
        yield return 2;
    }

    private static IEnumerable<int> Throwing()
    {
        try
        {
            yield return 1;
            throw new InvalidOperationException("broken after 1");
        }
        finally
        {
            Console.WriteLine("  throwing: finally");
        }
    }

    private static IEnumerable<int> Forever()
    {
        var i = 0;
        try
        {
            while (true) yield return i++;
        }
        finally
        {
            Console.WriteLine("  forever: finally");
        }
    }

    public static void Main()
    {
        Console.WriteLine("complete:");
        foreach (var n in Guarded("a", 2)) Console.WriteLine($"got {n}");

        Console.WriteLine("break:");
        foreach (var n in Guarded("b", 5))
        {
            Console.WriteLine($"got {n}");
            if (n == 2) break;
        }

        Console.WriteLine("return from a loop:");
        Console.WriteLine("found " + FindFirstAbove(Guarded("c", 9), 2));

        Console.WriteLine("consumer throws:");
        try
        {
            foreach (var n in Guarded("d", 3))
            {
                if (n == 2) throw new ArgumentException("consumer failed");
                Console.WriteLine($"got {n}");
            }
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("caught " + e.Message);
        }

        Console.WriteLine("never enumerated:");
        var unused = Guarded("e", 3);
        Console.WriteLine("nothing printed for e");

        Console.WriteLine("nested:");
        foreach (var s in Nested()) Console.WriteLine("got " + s);
        foreach (var s in Nested())
        {
            Console.WriteLine("got " + s + ", breaking");
            break;
        }

        Console.WriteLine("using:");
        foreach (var n in WithUsing()) Console.WriteLine($"got {n}");
        foreach (var n in WithUsing())
        {
            Console.WriteLine($"got {n}, breaking");
            break;
        }

        Console.WriteLine("iterator throws:");
        try
        {
            foreach (var n in Throwing()) Console.WriteLine($"got {n}");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }

        Console.WriteLine("LINQ ends the enumeration:");
        Console.WriteLine("First: " + Forever().First(n => n > 3));
        Console.WriteLine("Take: " + string.Join(",", Forever().Take(3)));
        Console.WriteLine("Any: " + Forever().Any());
        Console.WriteLine("Contains: " + Forever().Contains(5));
        Console.WriteLine("ElementAt: " + Forever().ElementAt(4));
        Console.WriteLine("TakeWhile: " + string.Join(",", Forever().TakeWhile(n => n < 4)));
        Console.WriteLine("Zip: " + string.Join(",", Forever().Zip(new[] { "a", "b" }, (n, s) => s + n)));
        Console.WriteLine("Zip, finite first: " + string.Join(",", new[] { "a", "b" }.Zip(Forever(), (s, n) => s + n)));
        Console.WriteLine("Skip+Take: " + string.Join(",", Forever().Skip(2).Take(2)));
        Console.WriteLine("All: " + Forever().All(n => n < 3));
        Console.WriteLine("FirstOrDefault: " + Forever().FirstOrDefault(n => n == 2));
    }

    private static int FindFirstAbove(IEnumerable<int> numbers, int limit)
    {
        foreach (var n in numbers)
        {
            if (n > limit) return n;
        }
        return -1;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public sealed class Library
{
    private readonly IEnumerable<string> _titles;

    public Library(IEnumerable<string> titles) => _titles = titles;

    public int Long => _titles.Count(t => t.Length > 3);

    public IEnumerable<string> Shouted() => _titles.Select(t => t.ToUpperInvariant());
}

[GlobalFunctions]
public static class Program
{
    private static IEnumerable<string> Titles()
    {
        Console.WriteLine("  titles enumerated");
        yield return "Dune";
        yield return "Emma";
        yield return "It";
    }

    private static int Total(IEnumerable<int> numbers)
    {
        Console.WriteLine("  total of " + string.Join("+", numbers));
        return numbers.Where(n => n > 0).Sum();
    }

    private static IEnumerable<int> Tree(int depth, string path)
    {
        try
        {
            yield return depth;
            if (depth == 0) yield break;
            foreach (var n in Tree(depth - 1, path + "L")) yield return n;
            foreach (var n in Tree(depth - 1, path + "R")) yield return n * 10;
        }
        finally
        {
            Console.WriteLine("  finally " + path);
        }
    }

    private static IEnumerable<int> Failing()
    {
        try
        {
            yield return 1;
            yield return 2;
            throw new InvalidOperationException("source failed");
        }
        finally
        {
            Console.WriteLine("  failing: finally");
        }
    }

    public static void Main()
    {
        Console.WriteLine("list: " + Total(new List<int> { 3, -1, 4 }));
        Console.WriteLine("array: " + Total(new[] { 5 }));
        Console.WriteLine("iterator: " + Total(Tree(1, "")));

        var library = new Library(Titles());
        Console.WriteLine("library made");
        Console.WriteLine("long titles: " + library.Long);
        Console.WriteLine(string.Join(" ", library.Shouted()));

        List<int> spread = [0, .. Tree(1, "s"), 99];
        Console.WriteLine("spread: " + string.Join(",", spread));
        int[] array = [.. Titles().Select(t => t.Length)];
        Console.WriteLine("array of lengths: " + string.Join(",", array));

        Console.WriteLine("break out of the recursion:");
        foreach (var n in Tree(2, ""))
        {
            Console.WriteLine("got " + n);
            if (n == 1) break;
        }

        Console.WriteLine("an exception through Select:");
        try
        {
            foreach (var n in Failing().Select(n => n * 100)) Console.WriteLine("got " + n);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        try
        {
            Console.WriteLine(Failing().Sum());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Sum caught " + e.Message);
        }
        Console.WriteLine("First stops before the throw: " + Failing().First());
        Console.WriteLine("Take(2) stops before the throw: " + string.Join(",", Failing().Take(2)));

        var query = from title in Titles()
                    where title.Length == 4
                    select title + "!";
        Console.WriteLine("query syntax: " + string.Join(" ", query));
        Console.WriteLine("Zip of two iterators: " + string.Join(" ", Titles().Zip(Tree(1, "z"), (t, n) => t + n)));
    }
}

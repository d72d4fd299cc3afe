using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

/// <summary>
/// A read-only list that prints each use of its indexer, Count and enumerator: .NET's LINQ takes no shortcut
/// through IReadOnlyList (only through IList and ICollection), so every operator enumerates it.
/// </summary>
public sealed class Shelf : IReadOnlyList<string>
{
    private readonly string[] _books;

    public Shelf(params string[] books) => _books = books;

    public string this[int index]
    {
        get
        {
            Console.WriteLine($"  shelf[{index}]");
            return _books[index];
        }
    }

    public int Count
    {
        get
        {
            Console.WriteLine("  shelf count");
            return _books.Length;
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        Console.WriteLine("  shelf enumerates");
        for (var i = 0; i < _books.Length; i++) yield return _books[i];
        Console.WriteLine("  shelf done");
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A read-only collection without an indexer.</summary>
public sealed class Tally : IReadOnlyCollection<int>
{
    private readonly List<int> _marks = new List<int>();

    public void Add(int mark) => _marks.Add(mark);

    public int Count => _marks.Count;

    public IEnumerator<int> GetEnumerator()
    {
        Console.WriteLine("  tally enumerates");
        return _marks.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

[GlobalFunctions]
public static class Program
{
    private static string Describe(Shelf books) => $"{books.Count} books, first {books[0]}";

    public static void Main()
    {
        var shelf = new Shelf("dune", "emma", "ulysses");
        Console.WriteLine("members:");
        Console.WriteLine($"  {Describe(shelf)}");
        Console.WriteLine("foreach:");
        foreach (var book in shelf) Console.WriteLine($"  {book}");
        Console.WriteLine($"count: {shelf.Count()}");
        Console.WriteLine($"any: {shelf.Any()}");
        Console.WriteLine($"first: {shelf.First()}");
        Console.WriteLine($"element at: {shelf.ElementAt(1)}");
        Console.WriteLine($"last: {shelf.Last()}");
        Console.WriteLine($"list: {shelf.ToList().Count}");
        Console.WriteLine($"array: {shelf.ToArray().Length}");
        Console.WriteLine($"contains: {shelf.Contains("emma")}");
        Console.WriteLine($"skip take: {string.Join(",", shelf.Skip(1).Take(1))}");
        Console.WriteLine($"select: {string.Join(",", shelf.Select(b => b.Length))}");
        Console.WriteLine($"new list: {new List<string>(shelf).Count}");
        Console.WriteLine($"joined: {string.Join("|", shelf)}");
        var empty = new Shelf();
        Console.WriteLine($"empty: {empty.Any()} {empty.Count()} {empty.FirstOrDefault() ?? "none"}");
        try
        {
            Console.WriteLine(empty.ElementAt(0));
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("  caught ArgumentOutOfRangeException");
        }

        var tally = new Tally { 3, 4, 5 };
        Console.WriteLine($"tally: {tally.Count} {tally.Count()} {tally.Sum()} {tally.Any()} {tally.Max()}");
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

/// <summary>An enumerator written by hand over a range, printing each call.</summary>
public sealed class Steps : IEnumerator<int>
{
    private readonly int _count;
    private int _index = -1;

    public Steps(int count) => _count = count;

    public int Current => _index * 10;

    object IEnumerator.Current => Current;

    public bool MoveNext()
    {
        Console.WriteLine($"  steps: move {_index + 1}");
        return ++_index < _count;
    }

    public void Reset()
    {
        Console.WriteLine("  steps: reset");
        _index = -1;
    }

    public void Dispose() => Console.WriteLine("  steps: dispose");
}

public sealed class Ladder : IEnumerable<int>
{
    private readonly int _count;

    public Ladder(int count) => _count = count;

    public IEnumerator<int> GetEnumerator() => new Steps(_count);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

[GlobalFunctions]
public static class Program
{
    private static IEnumerator<string> Words(string prefix)
    {
        Console.WriteLine($"  words: start {prefix}");
        try
        {
            yield return prefix + "-a";
            yield return prefix + "-b";
            yield return prefix + "-c";
        }
        finally
        {
            Console.WriteLine($"  words: finally {prefix}");
        }
    }

    private static IEnumerable<int> Squares(int count)
    {
        try
        {
            for (var i = 1; i <= count; i++) yield return i * i;
        }
        finally
        {
            Console.WriteLine("  squares: finally");
        }
    }

    private static string Drain(IEnumerator<string> enumerator)
    {
        var parts = new List<string>();
        while (enumerator.MoveNext()) parts.Add(enumerator.Current);
        return string.Join(",", parts);
    }

    private static int Sum(IEnumerator<int> enumerator)
    {
        var sum = 0;
        while (enumerator.MoveNext()) sum += enumerator.Current;
        return sum;
    }

    public static void Main()
    {
        Console.WriteLine("list:");
        var list = new List<int> { 4, 5, 6 };
        using (var e = list.GetEnumerator())
        {
            while (e.MoveNext()) Console.WriteLine($"  {e.Current}");
        }
        Console.WriteLine("empty list:");
        using (var e = new List<string>().GetEnumerator()) Console.WriteLine($"  moved {e.MoveNext()}");

        Console.WriteLine("array as sequence:");
        IEnumerable<string> names = new[] { "x", "y" };
        using (var e = names.GetEnumerator())
        {
            Console.WriteLine($"  {e.MoveNext()} {e.Current}");
            Console.WriteLine($"  {e.MoveNext()} {e.Current}");
            Console.WriteLine($"  {e.MoveNext()}");
            Console.WriteLine($"  {e.MoveNext()}");
        }

        Console.WriteLine("dictionary:");
        var ages = new Dictionary<string, int> { ["ann"] = 31, ["bob"] = 27 };
        using (var e = ages.GetEnumerator())
        {
            while (e.MoveNext()) Console.WriteLine($"  {e.Current.Key}={e.Current.Value}");
        }

        Console.WriteLine("set:");
        var set = new HashSet<int> { 3, 1, 2 };
        var setEnumerator = set.GetEnumerator();
        while (setEnumerator.MoveNext()) Console.WriteLine($"  {setEnumerator.Current}");
        setEnumerator.Dispose();

        Console.WriteLine("iterator, whole:");
        using (var e = Squares(3).GetEnumerator())
        {
            while (e.MoveNext()) Console.WriteLine($"  {e.Current}");
            Console.WriteLine("  after loop");
        }
        Console.WriteLine("iterator, disposed early:");
        using (var e = Squares(5).GetEnumerator())
        {
            e.MoveNext();
            Console.WriteLine($"  first {e.Current}");
        }
        Console.WriteLine("iterator, never moved:");
        using (var e = Squares(5).GetEnumerator()) Console.WriteLine("  nothing");
        Console.WriteLine("iterator, disposed twice:");
        var twice = Squares(2).GetEnumerator();
        twice.MoveNext();
        twice.Dispose();
        twice.Dispose();
        Console.WriteLine($"  moved after dispose: {twice.MoveNext()}");

        Console.WriteLine("enumerator iterator:");
        Console.WriteLine($"  {Drain(Words("one"))}");
        using (var e = Words("two"))
        {
            Console.WriteLine("  before first move");
            e.MoveNext();
            Console.WriteLine($"  got {e.Current}");
        }
        var never = Words("three");
        Console.WriteLine("  created, not moved");
        never.Dispose();

        Console.WriteLine("hand-written enumerator:");
        using (var e = new Steps(2))
        {
            while (e.MoveNext()) Console.WriteLine($"  {e.Current}");
            e.Reset();
            Console.WriteLine($"  again {e.MoveNext()} {e.Current}");
        }
        Console.WriteLine("class's enumerator through the interface:");
        IEnumerable<int> ladder = new Ladder(3);
        using (var e = ladder.GetEnumerator())
        {
            while (e.MoveNext())
            {
                Console.WriteLine($"  {e.Current}");
                if (e.Current == 10) break;
            }
        }
        Console.WriteLine($"  summed {Sum(new Ladder(3).GetEnumerator())}");
        Console.WriteLine("linq over a hand-written enumerator:");
        Console.WriteLine($"  count {new Ladder(3).Count()}");
        Console.WriteLine($"  any {new Ladder(0).Any()} {new Ladder(4).Any()}");
        Console.WriteLine($"  element at {new Ladder(4).ElementAt(2)}");
        Console.WriteLine($"  skip {string.Join(",", new Ladder(4).Skip(2))}");
        Console.WriteLine($"  take {string.Join(",", new Ladder(4).Take(2))}");
        try
        {
            Console.WriteLine($"  element at {new Ladder(2).ElementAt(5)}");
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("  caught ArgumentOutOfRangeException");
        }
    }
}

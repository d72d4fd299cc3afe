using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

/// <summary>
/// When .NET reads a class's own enumerator's Current under LINQ: Any() asked directly only moves to the first
/// element, but over another operator's sequence it asks that operator for its first element, which reads Current;
/// Count() over a Take, Skip, Append or Concat only moves, as those operators count without enumerating themselves;
/// LongCount() has no such shortcut and enumerates them, reading each element.
/// </summary>
public sealed class Counter : IEnumerator<int>
{
    private readonly int _count;
    private int _index = -1;

    public Counter(int count) => _count = count;

    public int Current
    {
        get
        {
            Console.WriteLine("  current " + _index);
            return _index * 10;
        }
    }

    object System.Collections.IEnumerator.Current => Current;

    public bool MoveNext()
    {
        _index++;
        Console.WriteLine("  moves to " + _index);
        return _index < _count;
    }

    public void Reset() => _index = -1;

    public void Dispose() => Console.WriteLine("  disposed");
}

public sealed class Counted : IEnumerable<int>
{
    private readonly int _count;

    public Counted(int count) => _count = count;

    public IEnumerator<int> GetEnumerator() => new Counter(_count);

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

[GlobalFunctions]
public static class Program
{
    private static void Ask(string name, Func<bool> any)
    {
        Console.WriteLine(name + ":");
        Console.WriteLine("  " + any());
    }

    public static void Main()
    {
        Ask("direct", () => new Counted(3).Any());
        Ask("empty", () => new Counted(0).Any());
        Ask("Skip", () => new Counted(3).Skip(1).Any());
        Ask("Skip past the end", () => new Counted(2).Skip(5).Any());
        Ask("Prepend then Skip", () => new Counted(2).Prepend(0).Skip(1).Any());
        Ask("Prepend", () => new Counted(2).Prepend(0).Any());
        Ask("Append", () => new Counted(2).Append(7).Any());
        Ask("Append to empty", () => new Counted(0).Append(7).Any());
        Ask("Take", () => new Counted(3).Take(2).Any());
        Ask("Concat", () => new Counted(1).Concat(new Counted(1)).Any());
        Ask("Where", () => new Counted(3).Where(n => n > 5).Any());
        Ask("Select", () => new Counted(3).Select(n => n + 1).Any());
        Ask("TakeWhile", () => new Counted(3).TakeWhile(n => n < 15).Any());
        Ask("Skip Count", () => new Counted(2).Skip(1).Count() == 1);
        Ask("Take Count", () => new Counted(3).Take(2).Count() == 2);
        Ask("Skip Take Count", () => new Counted(3).Skip(1).Take(1).Count() == 1);
        Ask("Take Append Count", () => new Counted(3).Take(5).Append(1).Count() == 4);
        Ask("Concat Count", () => new Counted(1).Concat(new Counted(1)).Count() == 2);
        Ask("Skip Skip Count", () => new Counted(4).Skip(1).Skip(1).Count() == 2);
        Ask("Take Take Count", () => new Counted(4).Take(3).Take(2).Count() == 2);
        Ask("Append Take Count", () => new Counted(3).Append(1).Take(2).Count() == 2);
        Ask("Append Skip Count", () => new Counted(2).Append(1).Skip(1).Count() == 2);
        Ask("Skip Skip Any", () => new Counted(3).Skip(1).Skip(1).Any());
        Ask("direct LongCount", () => new Counted(2).LongCount() == 2);
        Ask("Take LongCount", () => new Counted(3).Take(5).LongCount() == 3);
        Ask("Append LongCount", () => new Counted(2).Append(1).LongCount() == 3);
        Ask("Take First", () => new Counted(3).Take(2).First() == 0);
        Ask("Take Contains", () => new Counted(3).Take(2).Contains(10));
        Ask("Take Sum", () => new Counted(3).Take(2).Sum() == 10);
        foreach (var n in new Counted(3).Take(2)) Console.WriteLine("  got " + n);
        foreach (var n in new Counted(5).Skip(1).Take(3).Skip(1)) Console.WriteLine("  then " + n);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public sealed class Node
{
    public Node(string name, params Node[] children)
    {
        Name = name;
        Children = children.ToList();
    }

    public string Name { get; }

    public List<Node> Children { get; }

    /// <summary>Depth first, recursively: each level re-yields what the level below yields.</summary>
    public IEnumerable<string> Walk()
    {
        yield return Name;
        foreach (var child in Children)
        {
            foreach (var name in child.Walk()) yield return name;
        }
    }

    public IEnumerable<Node> Leaves => Children.Count == 0 ? new[] { this } : Children.SelectMany(c => c.Leaves);
}

public class Counter
{
    private int _step;

    public Counter(int step) => _step = step;

    public int Calls { get; private set; }

    public IEnumerable<int> Steps(int count)
    {
        Calls++;
        for (var i = 0; i < count; i++) yield return i * _step;
    }

    public IEnumerable<int> Doubled
    {
        get
        {
            foreach (var n in Steps(3)) yield return n * 2;
        }
    }

    public void Change(int step) => _step = step;
}

public abstract class Shape
{
    public abstract IEnumerable<string> Describe();
}

public sealed class Square : Shape
{
    public override IEnumerable<string> Describe()
    {
        yield return "four sides";
        yield return "equal";
    }
}

public static class Sequences
{
    public static IEnumerable<T> Repeat<T>(T value, int times)
    {
        for (var i = 0; i < times; i++) yield return value;
    }

    public static IEnumerable<T> Interleave<T>(this IEnumerable<T> first, IEnumerable<T> second)
    {
        using var marker = new Marker();
        foreach (var x in first.Zip(second, (l, r) => new[] { l, r }))
        {
            yield return x[0];
            yield return x[1];
        }
    }

    private sealed class Marker : IDisposable
    {
        public void Dispose() => Console.WriteLine("  interleave disposed");
    }

    public static IEnumerable<T?> WithDefaults<T>(IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            yield return item;
            yield return default;
        }
    }
}

[GlobalFunctions]
public static class Program
{
    private static IEnumerable<string> Classify(IEnumerable<int> numbers)
    {
        foreach (var n in numbers)
        {
            switch (n % 3)
            {
                case 0:
                    yield return $"{n} fizz";
                    break;
                case 1:
                    if (n > 5) yield break;
                    yield return $"{n} one";
                    break;
                default:
                    continue;
            }
        }
    }

    public static void Main()
    {
        var tree = new Node("root", new Node("a", new Node("a1"), new Node("a2")), new Node("b"), new Node("c", new Node("c1")));
        Console.WriteLine(string.Join(" ", tree.Walk()));
        Console.WriteLine(string.Join(" ", tree.Leaves.Select(l => l.Name)));
        Console.WriteLine("first two: " + string.Join(" ", tree.Walk().Take(2)));

        var counter = new Counter(5);
        var steps = counter.Steps(3);
        Console.WriteLine("calls before enumerating: " + counter.Calls);
        Console.WriteLine(string.Join(",", steps));
        counter.Change(7);
        Console.WriteLine("after Change, the same sequence: " + string.Join(",", steps) + "; calls " + counter.Calls);
        Console.WriteLine("getter: " + string.Join(",", counter.Doubled));

        Shape shape = new Square();
        Console.WriteLine(string.Join(", ", shape.Describe()));

        Console.WriteLine(string.Join("", Sequences.Repeat("ab", 3)));
        Console.WriteLine(string.Join(",", Sequences.Repeat(1.5, 2)));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Interleave(new[] { 10, 20 })));
        Console.WriteLine(string.Join(",", Sequences.WithDefaults(new[] { 4, 5 })));
        Console.WriteLine(string.Join(",", Sequences.WithDefaults(new[] { "x" }).Select(s => s ?? "null")));

        Console.WriteLine(string.Join("; ", Classify(Enumerable.Range(0, 12))));

        var total = 0;
        IEnumerable<int> Running(int limit)
        {
            for (var i = 1; i <= limit; i++)
            {
                total += i;
                yield return total;
            }
        }
        var running = Running(4);
        Console.WriteLine("total before: " + total);
        Console.WriteLine(string.Join(",", running) + " total " + total);
        Console.WriteLine(string.Join(",", running) + " total " + total);

        IEnumerable<int> Countdown(int from)
        {
            while (from > 0) yield return from--;
        }
        var countdown = Countdown(3);
        Console.WriteLine(string.Join(",", countdown) + " / " + string.Join(",", countdown));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

namespace Shop
{
    public struct Money
    {
        public double Amount;
        public string? Currency;

        public Money(double amount, string? currency)
        {
            Amount = amount;
            Currency = currency;
        }

        public static bool operator ==(Money a, Money b) => a.Amount == b.Amount && a.Currency == b.Currency;

        public static bool operator !=(Money a, Money b) => !(a == b);

        public override bool Equals(object? obj) => obj is Money other && this == other;

        public override int GetHashCode() => (int)Amount;
    }

    public struct Cell
    {
        public int Row;
        public int Column;
        public Tag? Tag;
    }

    public class Tag
    {
        public string Name = "";
    }

    public record struct Range(int Start, int End)
    {
        public int Length => End - Start;
    }

    public readonly record struct Temperature(double Celsius, string Place);

    public readonly struct Pair
    {
        public Pair(int left, int right)
        {
            Left = left;
            Right = right;
        }

        public int Left { get; }
        public int Right { get; }
        public int Sum => Left + Right;
    }

    public struct Outer
    {
        public struct Inner
        {
            public int Value;
        }
    }
}

public struct Global
{
    public int Value;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tag = new Shop.Tag { Name = "t" };
        var a = new Shop.Cell { Row = 1, Column = 2, Tag = tag };
        var b = new Shop.Cell { Row = 1, Column = 2, Tag = tag };
        var c = new Shop.Cell { Row = 1, Column = 2, Tag = new Shop.Tag { Name = "t" } };
        Console.WriteLine($"Equals: {a.Equals(b)} {a.Equals(c)} {a.Equals((object)b)} {a.Equals(default(Shop.Cell))}");
        Console.WriteLine($"hash: {a.GetHashCode() == b.GetHashCode()}");
        Console.WriteLine($"default: {default(Shop.Cell).Equals(new Shop.Cell())}");
        Console.WriteLine($"strings: {a} {a.ToString()} {new Shop.Outer.Inner()} {new Global()} " + a);
        object boxed = a;
        Console.WriteLine($"boxed: {boxed} {b.Equals(boxed)} {b.Equals((object)new Global())} {c.Equals(boxed)}");

        var m = new Shop.Money(1.5, "EUR");
        var n = new Shop.Money(1.5, "EUR");
        var o = new Shop.Money(2, null);
        Console.WriteLine($"operators: {m == n} {m != n} {m == o} {m.Equals(n)} {m.Equals(o)} {m.Equals(null)}");
        Console.WriteLine($"money: {m}");

        var r = new Shop.Range(1, 5);
        var s = r with { End = 9 };
        var t = new Shop.Range(1, 5);
        Console.WriteLine($"record struct: {r} {s} {r == t} {r != s} {r.Equals(t)} {r.Length} {s.Length}");
        r.Start = 3;
        Console.WriteLine($"record struct set: {r} {t} {r == t}");
        Console.WriteLine($"default record struct: {default(Shop.Range)} {new Shop.Range()}");

        var hot = new Shop.Temperature(30.5, "Rome");
        var nan = new Shop.Temperature(double.NaN, "Nowhere");
        var zero = new Shop.Temperature(0.0, "Zero");
        var negativeZero = new Shop.Temperature(-0.0, "Zero");
        Console.WriteLine($"readonly record struct: {hot} {nan == new Shop.Temperature(double.NaN, "Nowhere")} {nan.Equals(nan)} {zero == negativeZero} {negativeZero}");

        var pair = new Shop.Pair(2, 3);
        Console.WriteLine($"readonly struct: {pair.Left} {pair.Right} {pair.Sum} {pair.Equals(new Shop.Pair(2, 3))} {pair}");

        var set = new HashSet<Shop.Cell> { a, b, c, default };
        Console.WriteLine($"HashSet: {set.Count} {set.Contains(new Shop.Cell { Row = 1, Column = 2, Tag = tag })}");
        var ranges = new List<Shop.Range> { r, s, t, new Shop.Range(1, 5), new Shop.Range(3, 5) };
        Console.WriteLine($"Distinct: {string.Join(", ", ranges.Distinct())}");
        Console.WriteLine($"Contains: {ranges.Contains(new Shop.Range(1, 9))} IndexOf: {ranges.IndexOf(new Shop.Range(3, 5))}");
        foreach (var group in ranges.GroupBy(x => x.Start))
        {
            Console.WriteLine($"group {group.Key}: {group.Count()}");
        }
        foreach (var group in ranges.GroupBy(x => new Shop.Range(x.End, x.End)))
        {
            Console.WriteLine($"group by struct {group.Key}: {string.Join(" ", group)}");
        }
        Console.WriteLine($"Remove: {ranges.Remove(new Shop.Range(1, 5))} {ranges.Count}");
        var pairs = new[] { new Shop.Pair(1, 2), new Shop.Pair(1, 2), new Shop.Pair(2, 1) };
        Console.WriteLine($"pairs: {pairs.Distinct().Count()} {pairs.Count(p => p.Equals(new Shop.Pair(1, 2)))}");
    }
}

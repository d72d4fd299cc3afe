using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Name
{
    public Name(string text) { Text = text; }
    public string Text { get; }
    public override bool Equals(object? obj) => obj is Name other && string.Equals(other.Text, Text, StringComparison.OrdinalIgnoreCase);
    public override int GetHashCode() => Text.ToUpperInvariant().Length;
    public override string ToString() => Text;
}

public class Point : IEquatable<Point>
{
    public static int HashCalls;
    public Point(int x, int y) { X = x; Y = y; }
    public int X { get; }
    public int Y { get; }
    public bool Equals(Point? other)
    {
        Console.WriteLine($"  Equals({this}, {other})");
        return other is not null && other.X == X && other.Y == Y;
    }
    public override int GetHashCode()
    {
        HashCalls++;
        return 7;
    }
    public override string ToString() => $"({X}, {Y})";
}

public class Tally
{
    public string Key = "";
}

public class ParityComparer : IEqualityComparer<int>
{
    public bool Equals(int a, int b)
    {
        Console.WriteLine($"  parity {a} {b}");
        return a % 2 == b % 2;
    }
    public int GetHashCode(int n) => n % 2;
}

public class TallyComparer : IEqualityComparer<Tally>
{
    public bool Equals(Tally? a, Tally? b) => a?.Key == b?.Key;
    public int GetHashCode(Tally t) => t.Key.Length;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var ages = new Dictionary<Name, int> { [new Name("Ann")] = 30, [new Name("bob")] = 40 };
        ages[new Name("ANN")] = 31;
        Console.WriteLine("case-insensitive: " + ages.Count + " " + ages[new Name("ann")] + " " + ages.ContainsKey(new Name("BOB")) + " " + ages.ContainsKey(new Name("eve")));
        foreach (var pair in ages) Console.WriteLine("  " + pair.Key + " = " + pair.Value);
        try
        {
            ages.Add(new Name("Bob"), 1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Console.WriteLine(ages[new Name("zed")]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine("TryGetValue: " + ages.TryGetValue(new Name("BoB"), out var age) + " " + age);

        Console.WriteLine("points:");
        var seen = new Dictionary<Point, string>();
        seen.Add(new Point(1, 1), "a");
        seen.Add(new Point(2, 2), "b");
        seen.Add(new Point(3, 3), "c");
        Console.WriteLine("lookup (2, 2): " + seen[new Point(2, 2)]);
        Console.WriteLine("remove (2, 2): " + seen.Remove(new Point(2, 2)));
        seen.Add(new Point(4, 4), "d");
        seen.Add(new Point(5, 5), "e");
        Console.WriteLine("lookup (1, 1) after growing: " + seen[new Point(1, 1)]);
        Console.WriteLine("order: " + string.Join(", ", seen.Keys) + "; hash calls " + Point.HashCalls);
        Console.WriteLine("TryAdd (3, 3): " + seen.TryAdd(new Point(3, 3), "x"));
        seen.Clear();
        seen[new Point(9, 9)] = "z";
        Console.WriteLine("after Clear: " + seen.Count + " " + seen[new Point(9, 9)]);

        Console.WriteLine("sets:");
        var set = new HashSet<Point> { new(1, 2), new(3, 4) };
        Console.WriteLine("Add again: " + set.Add(new Point(1, 2)) + ", Contains: " + set.Contains(new Point(3, 4)) + ", Remove: " + set.Remove(new Point(1, 2)));
        set.Add(new Point(5, 6));
        Console.WriteLine("set order: " + string.Join(", ", set));
        set.UnionWith(new[] { new Point(7, 8), new Point(5, 6) });
        set.ExceptWith(new[] { new Point(3, 4) });
        Console.WriteLine("after UnionWith, ExceptWith: " + string.Join(", ", set) + " overlaps " + set.Overlaps(new[] { new Point(7, 8) }));

        Console.WriteLine("lists:");
        var list = new List<Point> { new(1, 1), new(2, 2), new(1, 1) };
        Console.WriteLine("IndexOf: " + list.IndexOf(new Point(1, 1)) + " LastIndexOf: " + list.LastIndexOf(new Point(1, 1)) + " Contains: " + list.Contains(new Point(5, 5)));
        Console.WriteLine("Remove: " + list.Remove(new Point(2, 2)) + " " + string.Join(", ", list));
        Point.HashCalls = 0;
        Console.WriteLine("Except: " + string.Join(", ", list.Except(new[] { new Point(2, 2), new Point(3, 3) })) + "; hash calls " + Point.HashCalls);
        Console.WriteLine("Intersect: " + string.Join(", ", list.Intersect(new[] { new Point(1, 1) })) + "; hash calls " + Point.HashCalls);

        var names = new[] { new Name("a"), new Name("B"), new Name("A"), new Name("b"), new Name("c") };
        Console.WriteLine("Distinct: " + string.Join(", ", names.Distinct()));
        Console.WriteLine("ToHashSet: " + names.ToHashSet().Count);
        Console.WriteLine("GroupBy: " + string.Join("; ", names.GroupBy(n => n).Select(g => g.Key + " x" + g.Count())));
        Console.WriteLine("Union: " + string.Join(", ", names.Take(2).Union(names.Skip(2))));
        Console.WriteLine("Intersect: " + string.Join(", ", names.Intersect(new[] { new Name("C"), new Name("a") })));
        Console.WriteLine("Except: " + string.Join(", ", names.Except(new[] { new Name("C") })));
        try
        {
            names.ToDictionary(n => n);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ToDictionary: " + e.Message);
        }

        Console.WriteLine("comparers:");
        var parity = new Dictionary<int, string>(new ParityComparer());
        parity[1] = "odd";
        parity[2] = "even";
        parity[3] = "three";
        Console.WriteLine("parity: " + string.Join(", ", parity.Select(p => p.Key + "=" + p.Value)));
        var odds = new HashSet<int>(new[] { 1, 3, 5, 2 }, new ParityComparer());
        Console.WriteLine("parity set: " + string.Join(", ", odds) + " " + odds.Contains(9));
        var tallies = new HashSet<Tally>(new TallyComparer()) { new Tally { Key = "x" }, new Tally { Key = "x" }, new Tally { Key = "yy" } };
        Console.WriteLine("tallies: " + tallies.Count);
        var parityInitialised = new Dictionary<int, string>(new ParityComparer()) { [4] = "four", [6] = "six" };
        parityInitialised.Add(7, "seven");
        try
        {
            parityInitialised.Add(9, "nine");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine("initialised: " + string.Join(", ", parityInitialised.Select(p => p.Key + "=" + p.Value)));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public record Tag(string Name, int Weight);

public record Labelled(string Label, Tag? Tag);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var tags = new HashSet<Tag> { new("a", 1), new("b", 2), new("c", 3), new("d", 4) };
        tags.IntersectWith(new List<Tag> { new("d", 4), new("b", 2), new("b", 2), new("z", 9) });
        Console.WriteLine("IntersectWith: " + string.Join(", ", tags));
        tags.UnionWith(new[] { new Tag("e", 5), new Tag("b", 2), new Tag("a", 1) });
        Console.WriteLine("UnionWith refills freed slots: " + string.Join(", ", tags));
        tags.ExceptWith(new[] { new Tag("d", 4), new Tag("q", 0) });
        tags.Add(new Tag("f", 6));
        Console.WriteLine("ExceptWith then Add: " + string.Join(", ", tags));

        var pairs = new HashSet<(int, string)> { (1, "x"), (2, "y"), (3, "z") };
        pairs.SymmetricExceptWith(new[] { (2, "y"), (4, "w"), (4, "w"), (5, "v") });
        Console.WriteLine("SymmetricExceptWith a list: " + string.Join(", ", pairs));
        var other = new HashSet<(int, string)> { (1, "x"), (6, "u") };
        pairs.SymmetricExceptWith(other);
        Console.WriteLine("SymmetricExceptWith a set: " + string.Join(", ", pairs));
        pairs.SymmetricExceptWith(pairs);
        Console.WriteLine("SymmetricExceptWith itself: " + pairs.Count);
        pairs.SymmetricExceptWith(new[] { (7, "t"), (7, "t") });
        Console.WriteLine("SymmetricExceptWith into empty: " + string.Join(", ", pairs));

        var small = new HashSet<Tag> { new("x", 1), new("y", 2) };
        var big = new HashSet<Tag> { new("y", 2), new("x", 1), new("z", 3) };
        Console.WriteLine("SetEquals: " + small.SetEquals(new[] { new Tag("y", 2), new Tag("x", 1), new Tag("x", 1) }) + " " + small.SetEquals(big));
        Console.WriteLine("IsSubsetOf: " + small.IsSubsetOf(big) + " " + big.IsSubsetOf(small) + " " + small.IsSubsetOf(new List<Tag>()));
        Console.WriteLine("IsSupersetOf: " + big.IsSupersetOf(small) + " " + small.IsSupersetOf(big));
        Console.WriteLine("Overlaps: " + small.Overlaps(new[] { new Tag("q", 0), new Tag("y", 2) }) + " " + small.Overlaps(new[] { new Tag("y", 3) }));

        var points = new[] { new { X = 1, Y = 2 }, new { X = 3, Y = 4 }, new { X = 1, Y = 2 } }.ToHashSet();
        points.ExceptWith(new[] { new { X = 3, Y = 4 } });
        points.UnionWith(new[] { new { X = 5, Y = 6 } });
        Console.WriteLine("anonymous: " + string.Join(", ", points) + " " + points.Overlaps(new[] { new { X = 5, Y = 6 } }));

        var withNull = new HashSet<Labelled?> { new("a", null), null, new("b", new Tag("t", 1)) };
        withNull.IntersectWith(new Labelled?[] { null, new("b", new Tag("t", 1)) });
        Console.WriteLine("nulls: " + withNull.Count + " " + withNull.Contains(null) + " " + withNull.Contains(new Labelled("b", new Tag("t", 1))));

        var first = new List<Tag> { new("a", 1), new("b", 2), new("a", 1), new("c", 3) };
        var second = new List<Tag> { new("c", 3), new("d", 4), new("b", 2) };
        Console.WriteLine("Union: " + string.Join(", ", first.Union(second)));
        Console.WriteLine("Intersect: " + string.Join(", ", first.Intersect(second)));
        Console.WriteLine("Except: " + string.Join(", ", first.Except(second)));
        Console.WriteLine("Except nothing: " + string.Join(", ", first.Except(new List<Tag>())));
        var tuples = new[] { (1, 'a'), (2, 'b'), (1, 'a') };
        Console.WriteLine("tuples: " + string.Join(", ", tuples.Union(new[] { (3, 'c'), (2, 'b') })) + " " + string.Join(", ", tuples.Intersect(new[] { (2, 'b') })) + " " + string.Join(", ", tuples.Except(new[] { (2, 'b') })));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Key : IEquatable<Key>
{
    public Key(string id) { Id = id; }
    public string Id { get; }
    public bool Equals(Key? other)
    {
        Console.WriteLine($"Equals(Key) {Id} {other?.Id}");
        return other is not null && other.Id == Id;
    }
    public override bool Equals(object? obj)
    {
        Console.WriteLine($"Equals(object) {Id}");
        return Equals(obj as Key);
    }
    public override int GetHashCode() => Id.Length;
}

// The same pattern with the override declared first.
public class Tag : IEquatable<Tag>
{
    public Tag(int n) { N = n; }
    public int N { get; }
    public override bool Equals(object? obj) => obj is Tag tag && Equals(tag);
    public bool Equals(Tag? other)
    {
        Console.WriteLine($"Equals(Tag) {N} {other?.N}");
        return other is not null && other.N == N;
    }
    public override int GetHashCode() => N;
}

public class Shape { }

public class Circle : Shape
{
    public Circle(int r) { R = r; }
    public int R { get; }
    public override bool Equals(object? obj)
    {
        Console.WriteLine("Circle.Equals");
        return obj is Circle c && c.R == R;
    }
    public override int GetHashCode() => R;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var a = new Key("a");
        var b = new Key("a");
        Console.WriteLine(a.Equals(b));
        Console.WriteLine(a.Equals((object)b));
        Console.WriteLine(new List<Key> { a }.Contains(b));
        var set = new HashSet<Key> { a };
        Console.WriteLine(set.Contains(b));
        var d = new Dictionary<Key, int> { [a] = 1 };
        Console.WriteLine(d[b]);
        Console.WriteLine(new[] { a, b }.Distinct().Count());
        Console.WriteLine(object.Equals(a, b));
        Console.WriteLine(object.Equals(a, a));
        Console.WriteLine(object.Equals(a, null));
        Console.WriteLine(object.Equals(null, b));
        Console.WriteLine(object.Equals((Key?)null, (Key?)null));
        Console.WriteLine(new Tag(1).Equals(new Tag(1)));
        Console.WriteLine(new Tag(1).Equals((object)new Tag(2)));
        Console.WriteLine(new HashSet<Tag> { new Tag(3) }.Contains(new Tag(3)));
        Shape first = new Circle(2);
        Shape second = new Circle(2);
        Console.WriteLine(first.Equals(second));
        Console.WriteLine(object.Equals(first, second));
        Console.WriteLine(new Shape().Equals(new Shape()));
        Console.WriteLine(object.Equals(new Shape(), first));
    }
}

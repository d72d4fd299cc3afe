using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public interface IShape
{
    double Area();
    void Grow(double by);
}

public struct Size : IShape
{
    public double Width;
    public double Height;

    public Size(double side) : this(side, side)
    {
    }

    public Size(double width, double height)
    {
        if (width < 0) throw new ArgumentOutOfRangeException(nameof(width), "negative width");
        Width = width;
        Height = height;
    }

    public double Area() => Width * Height;

    public void Grow(double by)
    {
        Width += by;
        Height += by;
    }

    public void Reset() => this = new Size(1);

    public void CopyFrom(Size other) => this = other;

    public readonly Size Doubled() => new Size(Width * 2, Height * 2);

    public override string ToString() => $"{Width}x{Height}";
}

public struct Counter
{
    public int Count = 10;
    public string Name = "counter";
    public List<int>? History;

    public Counter()
    {
        History = new List<int>();
    }

    public Counter(string name)
    {
        Name = name;
    }

    public int Next()
    {
        Count++;
        History?.Add(Count);
        return Count;
    }
}

public struct Box
{
    public Size Inner;
    public Size? Maybe;
    public bool Flag;
    public char Letter;
    public DateTime When;
    public string? Text;
    public static int Created;

    public Box(double side)
    {
        Inner = new Size(side);
        Created++;
    }
}

public class Shelf
{
    public Box Item;
    public readonly Box Locked = new Box(2);

    public Size Measure
    {
        get => Item.Inner;
        set => Item.Inner = value;
    }
}

[GlobalFunctions]
public static class Program
{
    static string Show(Size? size) => size.HasValue ? size.Value.ToString() : "none";

    public static void Main()
    {
        var square = new Size(3);
        var plain = new Size();
        var zero = default(Size);
        Console.WriteLine($"constructors: {square} {plain} {zero} {square.Area()}");
        square.Reset();
        Console.WriteLine($"this = new: {square}");
        var source = new Size(4, 5);
        square.CopyFrom(source);
        source.Grow(1);
        Console.WriteLine($"this = other: {square} {source}");
        Console.WriteLine($"readonly method: {square.Doubled()} {square}");

        try
        {
            var bad = new Size(-1, 2);
            Console.WriteLine(bad);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine($"caught: {e.Message}");
        }

        var fresh = new Counter();
        var named = new Counter("named");
        var empty = default(Counter);
        Console.WriteLine($"initialisers: {fresh.Count} {fresh.Name} {fresh.History?.Count} | {named.Count} {named.Name} {named.History == null} | {empty.Count} {empty.Name == null}");
        var copy = fresh;
        copy.Next();
        fresh.Next();
        fresh.Next();
        Console.WriteLine($"shared list: {fresh.Count} {copy.Count} {string.Join(",", fresh.History!)}");

        var box = new Box(2);
        var zeroBox = new Box();
        Console.WriteLine($"nested: {box.Inner} {box.Maybe.HasValue} {zeroBox.Inner} {zeroBox.Flag} {(int)zeroBox.Letter} {zeroBox.When.Year} {zeroBox.Text == null} {Box.Created}");

        var shelf = new Shelf();
        shelf.Item.Inner.Grow(1);
        Console.WriteLine($"field of field: {shelf.Item.Inner}");
        shelf.Measure.Grow(10);
        Console.WriteLine($"property: {shelf.Measure}");
        shelf.Locked.Inner.Grow(5);
        Console.WriteLine($"readonly field: {shelf.Locked.Inner}");
        var measure = shelf.Measure;
        measure.Grow(1);
        shelf.Measure = measure;
        measure.Grow(1);
        Console.WriteLine($"property set: {shelf.Measure} {measure}");

        IShape shape = square;
        shape.Grow(1);
        Console.WriteLine($"interface: {square} {shape} {shape.Area()}");
        var shapes = new List<IShape> { square, shape };
        square.Grow(100);
        foreach (var s in shapes) s.Grow(1);
        Console.WriteLine($"interfaces: {square} {string.Join(" ", shapes)}");

        Size? maybe = null;
        Console.WriteLine($"nullable: {Show(maybe)} {maybe.HasValue} {(maybe ?? new Size(9)).Area()} {maybe.GetValueOrDefault()}");
        maybe = square;
        square.Grow(1);
        Console.WriteLine($"nullable set: {Show(maybe)} {maybe.Value.Area()} {maybe == null}");
        var value = maybe.Value;
        value.Grow(1);
        Console.WriteLine($"nullable value: {Show(maybe)} {value}");
        Size? other = maybe;
        var unwrapped = other ?? default;
        unwrapped.Grow(1);
        Console.WriteLine($"coalesce: {other} {unwrapped}");
        var list = new List<Size?> { maybe, null, new Size(2) };
        Console.WriteLine($"nullable list: {string.Join(",", list.Select(Show))} {list.Count(x => x.HasValue)}");
        try
        {
            Size? none = null;
            Console.WriteLine(none.Value);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"caught: {e.Message}");
        }
        var sizes = new Size[3];
        sizes[1].Grow(2);
        Console.WriteLine($"array default: {string.Join(" ", sizes)}");
        Array.Fill(sizes, new Size(5));
        sizes[0].Grow(1);
        Console.WriteLine($"Array.Fill: {string.Join(" ", sizes)}");
        var repeated = Enumerable.Repeat(new Size(6), 2).ToArray();
        repeated[0].Grow(1);
        Console.WriteLine($"Repeat: {string.Join(" ", repeated)}");
        var sorted = new List<Size> { new Size(3), new Size(1), new Size(2) }.OrderBy(x => x.Width).ToList();
        Console.WriteLine($"sorted: {string.Join(" ", sorted)} {sorted.Max(x => x.Area())}");
    }
}

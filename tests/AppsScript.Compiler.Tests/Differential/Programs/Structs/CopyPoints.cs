using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

namespace Shop
{
    public struct Point
    {
        public int X;
        public int Y;

        public Point(int x, int y)
        {
            X = x;
            Y = y;
        }

        public void Move(int dx) => X += dx;

        public override string ToString() => $"({X}, {Y})";
    }

    public struct Segment
    {
        public Point From;
        public Point To;
        public string? Label;
    }

    public class Holder
    {
        public Point Field;
        public readonly Point Fixed = new Point(7, 7);
        public Point Property { get; set; }
        public Point[] Array = { new Point(1, 1), new Point(2, 2) };
    }
}

[GlobalFunctions]
public static class Program
{
    static Shop.Point Shifted(Shop.Point p)
    {
        p.Move(100);
        return p;
    }

    static void Bump(ref Shop.Point p) => p.Move(1000);

    static Shop.Point Keep(Shop.Point p) => p;

    static Shop.Point _kept;

    static void MoveFar(Shop.Point p)
    {
        p.Move(500);
        Console.WriteLine($"method group: {p}");
    }

    static Shop.Point Stored() => _kept;

    public static void Main()
    {
        var a = new Shop.Point(1, 2);
        var b = a;
        b.X = 10;
        Console.WriteLine($"local: {a} {b}");

        var shifted = Shifted(a);
        Console.WriteLine($"argument: {a} {shifted}");
        Bump(ref a);
        Console.WriteLine($"ref: {a}");

        _kept = a;
        var back = Stored();
        back.Move(1);
        Console.WriteLine($"return: {_kept} {back}");
        var kept = Keep(a);
        kept.Y = -1;
        Console.WriteLine($"returned parameter: {a} {kept}");

        var holder = new Shop.Holder();
        holder.Field = a;
        holder.Field.Move(5);
        Console.WriteLine($"field: {a} {holder.Field}");
        holder.Property = a;
        holder.Property.Move(5);
        Console.WriteLine($"property: {a} {holder.Property}");
        holder.Fixed.Move(5);
        Console.WriteLine($"readonly field: {holder.Fixed}");

        holder.Array[0].Move(3);
        holder.Array[1].X = 9;
        Console.WriteLine($"array element: {holder.Array[0]} {holder.Array[1]}");
        var fromArray = holder.Array[0];
        fromArray.Move(1);
        Console.WriteLine($"read from array: {holder.Array[0]} {fromArray}");
        holder.Array[1] = fromArray;
        fromArray.Move(1);
        Console.WriteLine($"stored in array: {holder.Array[1]} {fromArray}");

        var list = new List<Shop.Point> { a, b };
        a.Move(1);
        list[0].Move(50);
        Console.WriteLine($"list: {list[0]} {a}");
        var element = list[1];
        element.Move(1);
        Console.WriteLine($"list element: {list[1]} {element}");
        list.ForEach(p => p.Move(1));
        Console.WriteLine($"ForEach: {list[0]} {list[1]}");
        list.ForEach(MoveFar);
        Console.WriteLine($"ForEach method group: {list[0]} {list[1]}");
        var moved = list.Select(p => { p.Move(2); return p; }).ToList();
        Console.WriteLine($"Select: {list[0]} {moved[0]}");
        var first = list.First();
        first.Move(9);
        Console.WriteLine($"First: {list[0]} {first}");
        var asArray = list.ToArray();
        asArray[0].Move(4);
        Console.WriteLine($"ToArray: {list[0]} {asArray[0]}");

        foreach (var p in list)
        {
            var copy = p;
            copy.Move(1);
            p.Move(1);
            Console.WriteLine($"foreach: {p} {copy}");
        }
        Console.WriteLine($"after foreach: {list[0]} {list[1]}");

        object boxed = a;
        a.Move(1);
        Console.WriteLine($"boxed: {boxed} {a}");
        var unboxed = (Shop.Point)boxed;
        unboxed.Move(1);
        Console.WriteLine($"unboxed: {boxed} {unboxed}");
        if (boxed is Shop.Point matched)
        {
            matched.Move(1);
            Console.WriteLine($"pattern: {boxed} {matched}");
        }

        var tuple = (a, 1);
        tuple.a.Move(1);
        Console.WriteLine($"tuple: {a} {tuple.a}");
        var (fromTuple, _) = tuple;
        fromTuple.Move(1);
        var tupleCopy = tuple;
        tupleCopy.a.Move(1);
        Console.WriteLine($"tuple copies: {tuple.a} {fromTuple} {tupleCopy.a}");
        var (x, y) = (a, b);
        x.Move(1);
        Console.WriteLine($"deconstruction: {a} {x} {y}");

        var segment = new Shop.Segment { From = a, To = b };
        var other = segment;
        other.From.Move(1);
        other.Label = "other";
        Console.WriteLine($"nested: {segment.From} {other.From} {segment.Label ?? "null"} {other.Label}");

        var dictionary = new Dictionary<string, Shop.Point> { ["a"] = a };
        a.Move(1);
        var fromDictionary = dictionary["a"];
        fromDictionary.Move(1);
        Console.WriteLine($"dictionary: {dictionary["a"]} {fromDictionary} {a}");
        if (dictionary.TryGetValue("a", out var found))
        {
            found.Move(1);
            Console.WriteLine($"TryGetValue: {dictionary["a"]} {found}");
        }

        var c = a;
        Func<Shop.Point> capture = () => c;
        var captured = capture();
        captured.Move(1);
        Console.WriteLine($"lambda: {c} {captured}");

        var chosen = a.X > 0 ? a : b;
        chosen.Move(1);
        Console.WriteLine($"conditional: {a} {chosen}");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public abstract class Shape
{
    public abstract double Area { get; }
}

public class Circle : Shape
{
    public Circle(double radius)
    {
        Radius = radius;
    }

    public double Radius { get; }

    public override double Area => 3 * Radius * Radius;

    public override string ToString() => $"Circle({Radius})";
}

public class Square : Shape
{
    public Square(double side)
    {
        Side = side;
    }

    public double Side { get; }

    public override double Area => Side * Side;

    public override string ToString() => $"Square({Side})";
}

public sealed class Tile : Square
{
    public Tile() : base(1)
    {
    }

    public override string ToString() => "Tile";
}

public class MissingSongException : Exception
{
    public MissingSongException(string message) : base(message)
    {
    }
}

[GlobalFunctions]
public static class Program
{
    private static string Show<T>(IEnumerable<T> items) => "[" + string.Join(", ", items) + "]";

    public static void Main()
    {
        var shapes = new List<Shape?> { new Circle(1), new Square(2), null, new Tile(), new Circle(3) };
        Console.WriteLine("OfType<Circle>: " + Show(shapes.OfType<Circle>()) + " radii " + shapes.OfType<Circle>().Sum(c => c.Radius));
        Console.WriteLine("OfType<Square>: " + Show(shapes.OfType<Square>()) + " OfType<Tile>: " + Show(shapes.OfType<Tile>()));
        Console.WriteLine("OfType<Shape> drops nulls: " + shapes.OfType<Shape>().Count() + " of " + shapes.Count);
        Console.WriteLine("OfType of none: " + Show(new List<Shape>().OfType<Circle>()));

        var mixed = new List<object> { "one", new Circle(2), true, "two", new Square(1), false };
        Console.WriteLine("strings: " + Show(mixed.OfType<string>()) + " bools: " + Show(mixed.OfType<bool>()) + " shapes: " + Show(mixed.OfType<Shape>()));
        var errors = new List<Exception> { new InvalidOperationException("bad"), new MissingSongException("gone"), new ArgumentException("arg") };
        Console.WriteLine("exceptions: " + Show(errors.OfType<MissingSongException>().Select(e => e.Message)) + " " + Show(errors.OfType<InvalidOperationException>().Select(e => e.Message)));

        var squares = new List<Shape> { new Square(2), new Tile() };
        Console.WriteLine("Cast<Square>: " + Show(squares.Cast<Square>().Select(s => s.Side)));
        Console.WriteLine("Cast<Shape> (upcast): " + Show(squares.Cast<Shape>().Select(s => s.Area)));
        var withNull = new List<Shape?> { new Square(3), null };
        Console.WriteLine("Cast keeps nulls: " + withNull.Cast<Square?>().Count(s => s is null));
        try
        {
            Console.WriteLine(Show(shapes.Where(s => s is not null).Cast<Square>()));
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("Cast<Square> of a circle: InvalidCastException");
        }
        try
        {
            Console.WriteLine(Show(mixed.Cast<string>()));
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("Cast<string> of a shape: InvalidCastException");
        }
        var words = new HashSet<string> { "a", "b" };
        Console.WriteLine("over a set: " + Show(words.OfType<string>()) + " " + Show(words.Cast<object>()));
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public abstract class Shape
{
    public virtual string Describe() => "Shape";

    public virtual string Describe(int detail) => "Shape detail " + detail;

    public virtual string Describe(string label) => "Shape labelled " + label;

    public abstract double Area();

    public abstract double Area(double scale);

    // Calls that dispatch virtually to whichever override a derived class has.
    public string Report() => Describe() + " | " + Describe(1) + " | " + Describe("r") + " | " + Area() + " | " + Area(2);
}

public class Square : Shape
{
    private readonly double side;

    public Square(double side)
    {
        this.side = side;
    }

    // Overrides one overload only; the others stay the base's.
    public override string Describe(int detail) => "Square detail " + detail + " side " + side;

    public override double Area() => side * side;

    public override double Area(double scale) => Area() * scale * scale;

    // A new overload in the derived class, beside the inherited ones.
    public string Describe(bool loud) => loud ? "SQUARE" : "square";

    public string Describe(int detail, bool loud) => Describe(loud) + " " + Describe(detail);
}

public class Cube : Square
{
    public Cube(double side) : base(side)
    {
    }

    public override string Describe() => "Cube";

    public override string Describe(string label) => "Cube labelled " + label + " / " + base.Describe(label);

    // Overrides the base's override, and calls the base's with base.
    public override string Describe(int detail) => "Cube detail " + detail + " / " + base.Describe(detail);

    // Another new overload: the next free name.
    public string Describe(double ratio) => "Cube ratio " + ratio;
}

public interface IGreeter
{
    string Greet();

    string Greet(string name);

    string Greet(string name, int times);
}

public interface ILoudGreeter : IGreeter
{
    string Greet(int volume);
}

public class Greeter : ILoudGreeter
{
    // Declared in another order than the interface: the interface's names decide.
    public string Greet(int volume) => "Hello at " + volume;

    public string Greet(string name, int times) => string.Join(" ", System.Linq.Enumerable.Repeat("Hi " + name, times));

    public string Greet(string name) => "Hi " + name;

    public string Greet() => "Hi";

    // An overload that no interface has.
    public string Greet(char initial) => "Hi " + initial + ".";
}

public class PoliteGreeter : Greeter
{
}

public class FormalGreeter : IGreeter
{
    public virtual string Greet() => "Good day";

    public virtual string Greet(string name) => "Good day, " + name;

    public string Greet(string name, int times) => Greet(name) + " x" + times;
}

public class VeryFormalGreeter : FormalGreeter
{
    public override string Greet(string name) => "Good day to you, " + name;
}

public static class GreeterExtensions
{
    public static string Twice(this IGreeter greeter) => greeter.Greet() + greeter.Greet();

    public static string Twice(this IGreeter greeter, string name) => greeter.Greet(name) + "; " + greeter.Greet(name);

    public static string Twice(this Shape shape) => shape.Describe() + shape.Describe();

    public static string Twice(this string text, int gap = 1) => text + new string(' ', gap) + text;
}

public abstract class Store<T>
{
    protected readonly List<T> items = new();

    public virtual string Find(int index) => "Store.Find(int) " + items[index];

    public virtual string Find(T item) => "Store.Find(T) " + items.IndexOf(item);

    public string Find(Func<T, bool> match) => "Store.Find(match) " + items.FindIndex(i => match(i));

    public Store<T> Add(T item)
    {
        items.Add(item);
        return this;
    }

    public Store<T> Add(T first, params T[] more)
    {
        Add(first);
        foreach (var item in more) Add(item);
        return this;
    }
}

public class Names : Store<string>
{
    // Overrides the overload of T with T = string; Find(int) stays the base's.
    public override string Find(string item) => "Names.Find(string) " + item.ToUpper() + " " + base.Find(item);

    public string Find(char initial) => "Names.Find(char) " + items.FindIndex(i => i[0] == initial);
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var shapes = new List<Shape> { new Square(2), new Cube(3) };
        foreach (var shape in shapes)
        {
            Console.WriteLine(shape.Report());
            Console.WriteLine(shape.Twice());
        }
        var square = new Square(1.5);
        Console.WriteLine(square.Describe(true) + " " + square.Describe(2, false) + " " + square.Describe(3));
        var cube = new Cube(2);
        Console.WriteLine(cube.Describe(0.5) + " | " + cube.Describe(7) + " | " + cube.Describe(4, true) + " | " + cube.Describe("c"));
        Square asSquare = cube;
        Console.WriteLine(asSquare.Describe(8) + " | " + asSquare.Describe(false));

        var greeters = new List<IGreeter> { new Greeter(), new PoliteGreeter(), new FormalGreeter(), new VeryFormalGreeter() };
        foreach (var greeter in greeters)
        {
            Console.WriteLine(greeter.Greet() + " | " + greeter.Greet("Ann") + " | " + greeter.Greet("Bo", 2) + " | " + greeter.Twice() + " | " + greeter.Twice("Cy"));
        }
        ILoudGreeter loud = new Greeter();
        Console.WriteLine(loud.Greet(11) + " | " + loud.Greet("Di") + " | " + new Greeter().Greet('E'));
        Console.WriteLine("text".Twice() + "|" + "text".Twice(3));

        Func<string, string> greet = new VeryFormalGreeter().Greet;
        Func<string> plain = new Cube(1).Describe;
        // A method group of a Cube would pick Describe(double), declared in the most derived class; through Square it is the virtual Describe(int).
        Square seenAsSquare = new Cube(1);
        Func<int, string> detailed = seenAsSquare.Describe;
        Console.WriteLine(greet("Fe") + " | " + plain() + " | " + detailed(5));

        var names = new Names();
        names.Add("ann").Add("bo", "cy", "di");
        Store<string> store = names;
        Console.WriteLine(store.Find(1) + " | " + store.Find("cy") + " | " + store.Find(n => n.Length == 2) + " | " + names.Find('d') + " | " + names.Find("bo"));
    }
}

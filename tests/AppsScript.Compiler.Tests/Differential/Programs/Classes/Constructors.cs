using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Log
{
    public static readonly List<string> Lines = new();

    public static int Note(string line, int value)
    {
        Lines.Add(line);
        return value;
    }
}

public class Point
{
    private readonly int origin = Log.Note("Point field", 0);

    public Point() : this(0, 0)
    {
        Log.Note("Point()", 0);
    }

    public Point(int both) : this(Log.Note("Point(int) argument", both), both)
    {
        Log.Note("Point(int)", 0);
    }

    public Point(int x, int y)
    {
        X = x + origin;
        Y = y;
        Log.Note("Point(int, int)", 0);
    }

    public Point(string text)
    {
        var parts = text.Split(',');
        X = int.Parse(parts[0]);
        if (parts.Length == 1) return;
        Y = int.Parse(parts[1]);
    }

    public int X { get; set; }

    public int Y { get; set; }

    public string Label { get; set; } = "point";

    public override string ToString() => $"{Label}({X}, {Y})";
}

public class Shape
{
    protected readonly List<string> steps = new() { "shape field" };

    public Shape() : this("unnamed")
    {
    }

    public Shape(string name)
    {
        Name = name;
        steps.Add("Shape(" + name + ") sees " + Describe());
    }

    public Shape(string name, int sides) : this(name)
    {
        Sides = sides;
        steps.Add("Shape(name, sides)");
    }

    public string Name { get; }

    public int Sides { get; private set; }

    public virtual string Describe() => "shape";

    public string Steps => string.Join(" > ", steps);
}

public class Square : Shape
{
    private readonly int size = Log.Note("Square field", 4);

    public Square(int size) : base("square", Log.Note("Square base argument", 4))
    {
        this.size = size;
        steps.Add("Square body");
    }

    public Square() : this(1)
    {
        steps.Add("Square()");
    }

    public override string Describe() => "square of " + size;

    public int Area => size * size;
}

public class Circle : Shape
{
    private readonly double radius = 1;

    public Circle(double radius) : base("circle")
    {
        this.radius = radius;
    }

    public override string Describe() => "circle " + radius;
}

public class Blob : Shape
{
    public string Kind { get; set; } = "blob";
}

public class Triangle : Shape
{
    public Triangle() : base("triangle", 3)
    {
        steps.Add("Triangle body");
    }
}

public class Account
{
    public Account(string owner) : this(owner, 0)
    {
    }

    public Account(string owner, int balance)
    {
        if (balance < 0) throw new ArgumentOutOfRangeException(nameof(balance));
        Owner = owner;
        Balance = balance;
    }

    public string Owner { get; }

    public int Balance { get; set; }

    public string Note { get; init; } = "";
}

public record Person(string Name, int Age)
{
    public Person(string name) : this(name, -1)
    {
    }

    public Person() : this("nobody")
    {
    }

    public string Greeting => Age < 0 ? "Hi " + Name : $"Hi {Name} ({Age})";
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(new Point());
        Console.WriteLine(new Point(5));
        Console.WriteLine(new Point(2, 3) { Label = "initialised" });
        Console.WriteLine(new Point("7"));
        Console.WriteLine(new Point("7,8") { Y = 9 });
        Console.WriteLine(string.Join(" | ", Log.Lines));
        Log.Lines.Clear();

        var shapes = new List<Shape> { new Shape(), new Shape("named"), new Shape("hexagon", 6), new Square(3), new Square(), new Circle(2.5), new Blob { Kind = "goo" }, new Triangle() };
        foreach (var shape in shapes)
        {
            Console.WriteLine($"{shape.Name} {shape.Sides} {shape.Describe()}: {shape.Steps}");
        }
        Console.WriteLine(new Square(5).Area + " " + new Blob().Kind);
        Console.WriteLine(string.Join(" | ", Log.Lines));

        var account = new Account("ann") { Balance = 10, Note = "first" };
        Console.WriteLine($"{account.Owner} {account.Balance} {account.Note}");
        Console.WriteLine(new Account("bob", 3).Balance);
        try
        {
            new Account("eve", -1);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("refused: " + e.ParamName);
        }

        Console.WriteLine(new Person("Ann", 30).Greeting);
        Console.WriteLine(new Person("Bob").Greeting + " " + new Person("Bob").Age);
        Console.WriteLine(new Person().Greeting);
    }
}

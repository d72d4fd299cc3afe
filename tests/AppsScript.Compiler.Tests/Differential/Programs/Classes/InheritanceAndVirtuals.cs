using System;
using System.Collections.Generic;
using AppsScript.Interop;

public abstract class Shape
{
    private static int created;

    protected Shape(string name)
    {
        Name = name;
        created++;
    }

    public string Name { get; }

    public static int Created => created;

    public abstract double Area();

    public virtual string Describe() => $"{Name} with area {Area()}";

    public override string ToString() => "Shape(" + Name + ")";
}

public sealed class Circle : Shape
{
    private readonly double radius;

    public Circle(double radius) : base("circle")
    {
        this.radius = radius;
    }

    public override double Area() => Math.Round(Math.PI * radius * radius, 2);
}

public class Rectangle : Shape
{
    public Rectangle(int width, int height) : base("rectangle")
    {
        Width = width;
        Height = height;
    }

    public int Width { get; set; }

    public int Height { get; set; }

    public override double Area() => Width * Height;

    public override string Describe() => base.Describe() + $" ({Width}x{Height})";
}

public class Square : Rectangle
{
    public Square(int side) : base(side, side)
    {
    }

    public override string Describe() => "square: " + base.Describe();
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var shapes = new List<Shape> { new Circle(1.5), new Rectangle(2, 3), new Square(4) };
        foreach (var shape in shapes)
        {
            Console.WriteLine(shape.Describe());
            Console.WriteLine(shape);
            Console.WriteLine($"is rectangle: {shape is Rectangle}, is square: {shape is Square}");
        }
        var rectangle = (Rectangle)shapes[1];
        rectangle.Width += 10;
        Console.WriteLine(rectangle.Describe());
        Console.WriteLine("created " + Shape.Created);
        if (shapes[2] is Square square && square.Width > 3) Console.WriteLine("big square " + square.Width);
        Shape? none = null;
        Console.WriteLine($"none: [{none}] {none is Circle}");
    }
}

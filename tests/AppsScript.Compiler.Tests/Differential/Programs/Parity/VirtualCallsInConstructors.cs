using System;
using AppsScript.Interop;

public abstract class Shape
{
    protected Shape()
    {
        Label = Kind() + " shape";
    }

    public string Label { get; }

    protected abstract string Kind();
}

public sealed class Circle : Shape
{
    public Circle(double radius)
    {
        Radius = radius;
    }

    public double Radius { get; }

    // Reads no field of Circle, so calling it from Shape's constructor gives the same result in JavaScript.
    protected override string Kind() => "round";
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var circle = new Circle(2);
        Console.WriteLine(circle.Label + " " + circle.Radius);
    }
}

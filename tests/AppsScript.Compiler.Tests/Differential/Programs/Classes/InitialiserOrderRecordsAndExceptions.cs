using System;
using AppsScript.Interop;

public class Journal
{
    public static int Entries;

    public static int Write(string what, int value)
    {
        Entries++;
        Console.WriteLine(Entries + ": " + what);
        return value;
    }

    public static int Fail(string what)
    {
        Write("failing in " + what, 0);
        throw new InvalidOperationException("failed in " + what);
    }
}

public record Shape(string Name)
{
    public int Id { get; } = Journal.Write("Shape.Id initialiser", 1);
}

public record Circle(string Name, double Radius) : Shape(Name)
{
    public int Extra { get; } = Journal.Write("Circle.Extra initialiser", 2);
    public int EntriesAtStart { get; } = Journal.Entries;
}

public record Sphere(string Name, double Radius, int Depth) : Circle(Name, Journal.Write("Sphere base argument", 5))
{
    public int Level { get; } = Journal.Write("Sphere.Level initialiser", Depth);
}

public class Guarded
{
    public Guarded()
    {
        Journal.Write("Guarded() body", 0);
    }
}

public class FailingField : Guarded
{
    private readonly int first = Journal.Write("FailingField.first", 1);
    private readonly int second = Journal.Fail("FailingField.second");

    public FailingField()
    {
        Journal.Write("FailingField() body " + first + second, 0);
    }
}

public class FailingBase
{
    public FailingBase(int value)
    {
        Journal.Write("FailingBase body", value);
        if (value > 0) throw new ArgumentException("base refused " + value);
    }
}

public class AfterFailingBase : FailingBase
{
    private readonly int early = Journal.Write("AfterFailingBase.early", 3);

    public AfterFailingBase(int value) : base(value)
    {
        Journal.Write("AfterFailingBase body " + early, 0);
    }
}

public class FailingArgument : FailingBase
{
    private readonly int early = Journal.Write("FailingArgument.early", 4);

    public FailingArgument() : base(Journal.Fail("FailingArgument base argument"))
    {
        Journal.Write("FailingArgument body " + early, 0);
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("-- Circle");
        var circle = new Circle("c", 1.5);
        Console.WriteLine(circle.Name + " " + circle.Radius + " " + circle.Id + " " + circle.Extra + " " + circle.EntriesAtStart);
        Console.WriteLine("-- Sphere");
        var sphere = new Sphere("s", 2, 9);
        Console.WriteLine(sphere.Name + " " + sphere.Radius + " " + sphere.Depth + " " + sphere.Level + " " + sphere.EntriesAtStart);
        Console.WriteLine("-- FailingField");
        try { new FailingField(); }
        catch (InvalidOperationException e) { Console.WriteLine("InvalidOperationException: " + e.Message); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        Console.WriteLine("-- AfterFailingBase(0)");
        new AfterFailingBase(0);
        Console.WriteLine("-- AfterFailingBase(2)");
        try { new AfterFailingBase(2); }
        catch (InvalidOperationException e) { Console.WriteLine("InvalidOperationException: " + e.Message); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        Console.WriteLine("-- FailingArgument");
        try { new FailingArgument(); }
        catch (InvalidOperationException e) { Console.WriteLine("InvalidOperationException: " + e.Message); }
        catch (ArgumentException e) { Console.WriteLine("ArgumentException: " + e.Message); }
        Console.WriteLine("entries " + Journal.Entries);
    }
}

using System;
using AppsScript.Interop;

public class Steps
{
    public static int Count;

    public static string Mark(string what)
    {
        Count++;
        Console.WriteLine(Count + ": " + what);
        return what;
    }
}

public class Base
{
    private readonly string baseField = Steps.Mark("Base field");

    public Base() : this("default")
    {
        Steps.Mark("Base() body");
    }

    public Base(string label)
    {
        Steps.Mark("Base(" + label + ") body, field " + baseField);
    }
}

public class Middle : Base
{
    private readonly string middleField = Steps.Mark("Middle field");

    public Middle() : base(Steps.Mark("Middle base argument"))
    {
        Steps.Mark("Middle() body, field " + middleField);
    }
}

public class Leaf : Middle
{
    private readonly string leafField = Steps.Mark("Leaf field");
    private readonly int countAtStart = Steps.Count;

    public Leaf()
    {
        Steps.Mark("Leaf() body, field " + leafField + ", count at start " + countAtStart);
    }
}

public class Point
{
    private readonly string origin = Steps.Mark("Point field");

    public Point() : this(Steps.Mark("Point() chained argument").Length)
    {
        Steps.Mark("Point() body");
    }

    public Point(int x)
    {
        Steps.Mark("Point(" + x + ") body, origin " + origin);
    }
}

public class Point3 : Point
{
    private readonly string depth = Steps.Mark("Point3 field");

    public Point3() : this(3)
    {
        Steps.Mark("Point3() body");
    }

    public Point3(int z) : base(z)
    {
        Steps.Mark("Point3(" + z + ") body, depth " + depth);
    }
}

public class Single
{
    private readonly string own = Steps.Mark("Single field");

    public Single()
    {
        Steps.Mark("Single() body " + own);
    }
}

public class Several : Single
{
    private readonly string mine = Steps.Mark("Several field");

    public Several() : this("none")
    {
        Steps.Mark("Several() body");
    }

    public Several(string note)
    {
        Steps.Mark("Several(" + note + ") body " + mine);
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("-- Base()");
        new Base();
        Console.WriteLine("-- Middle()");
        new Middle();
        Console.WriteLine("-- Leaf()");
        new Leaf();
        Console.WriteLine("-- Point3()");
        new Point3();
        Console.WriteLine("-- Point3(7)");
        new Point3(7);
        Console.WriteLine("-- Several()");
        new Several();
        Console.WriteLine("-- Several(x)");
        new Several("x");
        Console.WriteLine("count " + Steps.Count);
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public static class Trace
{
    public static readonly List<string> Lines = new();

    public static int Note(string line, int value)
    {
        Lines.Add(line);
        return value;
    }

    public static void Flush(string label)
    {
        Console.WriteLine(label + ": " + string.Join(", ", Lines));
        Lines.Clear();
    }
}

public class Registry
{
    public const int Capacity = 10;
    public static int Created;
    public static readonly int First = Trace.Note("first initialiser", 1);
    public static List<string> Names = new() { "seed" };
    public static readonly int Second = Trace.Note("second initialiser, First is " + First, First + 1);

    static Registry()
    {
        Trace.Note("static constructor, Second is " + Second, 0);
        Names.Add("from cctor");
    }

    public Registry(string name)
    {
        Created++;
        Names.Add(name);
    }

    public static int Count => Names.Count;

    public static string Describe() => string.Join("/", Names);
}

public class ByInstance
{
    static ByInstance() => Trace.Note("ByInstance cctor", 0);

    public ByInstance() => Trace.Note("ByInstance ctor", 0);

    public string Hello() => "hello";
}

public class ByMethod
{
    private static int calls;

    static ByMethod() => Trace.Note("ByMethod cctor, calls " + calls, 0);

    public static int Next() => ++calls;
}

public class ByProperty
{
    static ByProperty() => Trace.Note("ByProperty cctor", 0);

    public static int Auto { get; set; } = Trace.Note("ByProperty.Auto initialiser", 5);

    public static string Computed => "computed";
}

public class Counter
{
    public static int Value;

    static Counter()
    {
        Value = 100;
        Trace.Note("Counter cctor", 0);
    }
}

public class Base
{
    public static string Tag = "base";

    static Base() => Trace.Note("Base cctor", 0);

    public Base() => Trace.Note("Base ctor", 0);

    public static string BaseName() => "Base";
}

public class Derived : Base
{
    static Derived() => Trace.Note("Derived cctor", 0);

    public Derived() => Trace.Note("Derived ctor", 0);

    public static string DerivedName() => "Derived";
}

public class Outer
{
    private static readonly string Secret = Trace.Note("Outer initialiser", 7).ToString();

    static Outer() => Trace.Note("Outer cctor", 0);

    public class Inner
    {
        public static string Reveal() => "secret " + Secret;
    }
}

public class Broken
{
    public static int Value = 1;

    static Broken()
    {
        Trace.Note("Broken cctor", 0);
        throw new InvalidOperationException("cannot start");
    }
}

public class BrokenInitialiser
{
    public static readonly int Value = int.Parse("nope");

    static BrokenInitialiser() => Trace.Note("BrokenInitialiser cctor", 0);
}

public class Recursive
{
    public static readonly int Early = ReadLate();
    public static readonly int Late = 42;

    static Recursive() => Trace.Note("Recursive cctor, Late is " + Late, 0);

    public static int ReadLate() => Late;
}

public static class Settings
{
    public static readonly Dictionary<string, string> Values = new();
    public static Func<string, string> Lookup;

    static Settings()
    {
        Values["mode"] = "fast";
        Lookup = key => Values.TryGetValue(key, out var value) ? value : "(none)";
        Trace.Note("Settings cctor", 0);
    }
}

public class Chained
{
    public static readonly string Text = "chained to " + Settings.Values["mode"];

    static Chained() => Trace.Note("Chained cctor", 0);
}

public class Lazy
{
    public static string? Cached;

    static Lazy() => Trace.Note("Lazy cctor", 0);

    public static string Compute() => Cached ??= "computed once";
}

// Fuzz case 5711: the initialisers' temporaries and the constructor's share initialize_'s body.
public class Temporaries
{
    public static readonly string First = new Dictionary<string, string> { ["a"] = "1" }.GetValueOrDefault("a") ?? "?";
    public static readonly string Second = new Dictionary<string, string> { ["b"] = "2" }.GetValueOrDefault("b") ?? "?";

    static Temporaries()
    {
        var dictionary = new Dictionary<string, string> { ["c"] = "3" };
        Trace.Note("Temporaries cctor " + new Dictionary<string, string> { ["d"] = "4" }.GetValueOrDefault("d") + dictionary["c"], 0);
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Trace.Flush("start");
        Console.WriteLine("capacity " + Registry.Capacity);
        Trace.Flush("const read");
        Console.WriteLine("first " + Registry.First);
        Trace.Flush("static field read");
        Console.WriteLine("second " + Registry.Second + " count " + Registry.Count);
        Trace.Flush("again");
        var registry = new Registry("one");
        Console.WriteLine(Registry.Describe() + " created " + Registry.Created);
        Trace.Flush("instance");

        Trace.Note("before ByInstance", 0);
        var first = new ByInstance();
        var second = new ByInstance();
        Console.WriteLine(first.Hello() + " " + (first != second));
        Trace.Flush("by instance");

        Trace.Note("before ByMethod", 0);
        Console.WriteLine("next " + ByMethod.Next() + " " + ByMethod.Next());
        Trace.Flush("by method");

        Func<int> next = ByMethod.Next;
        Console.WriteLine("delegate " + next());

        Console.WriteLine(ByProperty.Computed);
        Trace.Flush("by computed property");
        Console.WriteLine("auto " + ByProperty.Auto);
        ByProperty.Auto = 9;
        Console.WriteLine("auto " + ByProperty.Auto);
        Trace.Flush("by auto property");

        Trace.Note("before Counter", 0);
        Counter.Value += 5;
        Counter.Value++;
        Console.WriteLine("counter " + Counter.Value);
        Trace.Flush("compound assignment");

        Console.WriteLine(Derived.DerivedName());
        Trace.Flush("derived static method");
        Console.WriteLine(Derived.Tag);
        Trace.Flush("inherited static field");
        var derived = new Derived();
        Trace.Flush("derived instance");
        new Derived();
        Trace.Flush("second derived instance");
        Console.WriteLine(Base.BaseName());

        Console.WriteLine(Outer.Inner.Reveal());
        Trace.Flush("nested type");

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                Console.WriteLine("broken " + Broken.Value);
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("attempt " + attempt + ": " + e.Message + " inner " + e.InnerException?.Message);
            }
            Trace.Flush("broken attempt " + attempt);
        }
        try
        {
            Console.WriteLine(BrokenInitialiser.Value);
        }
        catch (Exception e)
        {
            Console.WriteLine("initialiser: " + e.Message + " " + (e.InnerException is FormatException));
        }
        Trace.Flush("broken initialiser");

        Console.WriteLine("early " + Recursive.Early + " late " + Recursive.Late);
        Trace.Flush("recursive");

        Console.WriteLine(Chained.Text + " " + Settings.Lookup("mode") + " " + Settings.Lookup("other"));
        Trace.Flush("chained");

        Console.WriteLine(Lazy.Compute() + " " + Lazy.Compute() + " " + Lazy.Cached);
        Trace.Flush("lazy");

        Console.WriteLine(Temporaries.First + Temporaries.Second);
        Trace.Flush("temporaries");
    }
}

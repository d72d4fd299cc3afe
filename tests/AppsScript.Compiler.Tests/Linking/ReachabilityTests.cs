using System.Linq;
using AppsScript.Compiler.Tests.Infrastructure;
using Xunit;

namespace AppsScript.Compiler.Tests.Linking;

/// <summary>
/// Only code an entry point can reach is emitted: unused methods and types are left out, while what JavaScript
/// reaches dynamically (overrides, interface implementations, ToString) and what .NET runs when it initialises a
/// type (static initialisers) stays. Every kept program still runs as on .NET.
/// </summary>
public sealed class ReachabilityTests
{
    private const string Usings = "using System; using System.Collections.Generic; using System.Linq; using AppsScript.Interop;\n";

    private static string Emitted(out string output, params (string Path, string Text)[] files)
    {
        var result = CompilerHarness.CompileOrFail(TestCompilation.Create(files));
        output = JintRunner.Run(result.Files);
        return string.Join("\n", result.Files.Select(f => f.Text));
    }

    [Fact]
    public void Methods_and_types_no_entry_point_reaches_are_left_out()
    {
        var js = Emitted(out var output, ("Program.cs", Usings + """
            public class Client
            {
                public string Get() => "got";
                public string RetrievePage() => Unused.Text();
            }
            public static class Unused { public static string Text() => "never"; }
            public static class Helpers { public static string Used(string s) => s + "!"; public static string Dead() => "dead"; }
            [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(Helpers.Used(new Client().Get())); }
            """));
        Assert.Equal("got!\n", output);
        Assert.Contains("get() {", js);
        Assert.DoesNotContain("retrievePage", js);
        Assert.DoesNotContain("class Unused", js);
        Assert.DoesNotContain("dead()", js);
    }

    [Fact]
    public void Private_global_functions_nothing_calls_are_left_out_and_entry_points_stay()
    {
        var js = Emitted(out var output, ("Program.cs", Usings + """
            [GlobalFunctions] public static class Program
            {
                public static void Main() => Console.WriteLine(Twice(2));
                public static int OtherEntryPoint() => 1;
                private static int Twice(int n) => n * 2;
                private static int Forgotten() => 3;
            }
            """));
        Assert.Equal("4\n", output);
        Assert.Contains("function otherEntryPoint()", js);
        Assert.Contains("function twice_(n)", js);
        Assert.DoesNotContain("forgotten", js);
    }

    [Fact]
    public void Overrides_and_interface_implementations_of_a_reached_call_are_kept()
    {
        var js = Emitted(out var output, ("Program.cs", Usings + """
            public interface IShape { double Area(); string Name { get; } }
            public abstract class Shape : IShape
            {
                public abstract double Area();
                public virtual string Name => "shape";
                public virtual string Unreached() => "no";
            }
            public class Square : Shape
            {
                private readonly double side;
                public Square(double side) { this.side = side; }
                public override double Area() => side * side;
                public override string Name => "square";
                public override string Unreached() => "never";
            }
            public class Circle : IShape
            {
                public double Area() => 3.0;
                public string Name => "circle";
            }
            public class NeverMade : Shape { public override double Area() => 0; }
            [GlobalFunctions] public static class Program
            {
                public static void Main()
                {
                    foreach (var shape in new List<IShape> { new Square(2), new Circle() }) Console.WriteLine(shape.Name + " " + shape.Area());
                }
            }
            """));
        Assert.Equal("square 4\ncircle 3\n", output);
        Assert.DoesNotContain("unreached", js);
        Assert.DoesNotContain("NeverMade", js);
    }

    [Fact]
    public void A_ToString_override_is_kept_for_the_string_conversions_that_call_it()
    {
        Emitted(out var output, ("Program.cs", Usings + """
            public class Track
            {
                public Track(string title) { Title = title; }
                public string Title { get; }
                public override string ToString() => "Track " + Title;
            }
            [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine($"{new Track("a")} and " + new Track("b")); }
            """));
        Assert.Equal("Track a and Track b\n", output);
    }

    [Fact]
    public void Every_static_initialiser_of_a_reached_type_runs_as_on_dotnet()
    {
        var js = Emitted(out var output, ("Program.cs", Usings + """
            public static class Counter
            {
                public static int Made;
                public static int Next() => ++Made;
            }
            public static class Ids
            {
                public static readonly int First = Counter.Next();
                public static readonly int Second = Counter.Next();
            }
            [GlobalFunctions] public static class Program { public static void Main() => Console.WriteLine(Ids.Second + " " + Counter.Made); }
            """));
        Assert.Equal("2 2\n", output);
        Assert.Contains("Ids.first = Counter.next();", js);
    }

    [Fact]
    public void Key_methods_are_emitted_only_for_structs_and_records_compared_by_value()
    {
        var js = Emitted(out var output, ("Program.cs", Usings + """
            public struct Copied { public int X; public Copied(int x) { X = x; } }
            public struct Cell { public int Row; public Cell(int row) { Row = row; } }
            public record Tag(string Name);
            public struct Held { public Tag Tag; public Inner Inner; public Held(Tag tag) { Tag = tag; Inner = new Inner(2); } }
            public struct Inner { public int V; public Inner(int v) { V = v; } }
            public record Shape(int Sides);
            public record Square(int Side) : Shape(4);
            public record Unused(int N) { public int Twice() => N * 2; }
            [GlobalFunctions] public static class Program
            {
                public static void Main()
                {
                    var copied = new Copied(1);
                    var copy = copied;
                    copy.X = 2;
                    var counts = new Dictionary<Cell, int> { [new Cell(1)] = 1 };
                    var held = new List<Held> { new Held(new Tag("a")), new Held(new Tag("a")) }.Distinct().Count();
                    Shape shape = new Square(2);
                    Console.WriteLine(copied.X + " " + copy.X + " " + counts[new Cell(1)] + " " + held + " " + shape.Equals(new Square(2)) + " " + new Unused(1).Twice());
                }
            }
            """));
        Assert.Equal("1 2 1 1 True 2\n", output);
        Assert.DoesNotContain("equalityKey_", ClassText(js, "Copied"));
        Assert.DoesNotContain("equalityKey_", ClassText(js, "Unused"));
        foreach (var keyed in new[] { "Cell", "Held", "Inner", "Shape", "Square" }) Assert.Contains("equalityKey_() {", ClassText(js, keyed));
    }

    /// <summary>The text of a class declaration, up to the next top-level declaration.</summary>
    private static string ClassText(string js, string name)
    {
        var start = js.IndexOf($"class {name} ", System.StringComparison.Ordinal);
        Assert.True(start >= 0, $"no class {name}");
        var end = js.IndexOf("\n}\n", start, System.StringComparison.Ordinal);
        return js[start..end];
    }
}

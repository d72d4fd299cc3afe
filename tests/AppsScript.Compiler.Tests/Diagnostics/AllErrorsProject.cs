using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Diagnostics;

/// <summary>
/// A project of several files with refused constructs of every stage: the Validate stage's (a struct, a lock, an
/// async method), the names' (overloaded entry points), lowering's (a using over a .NET type, DateTime.Now, a
/// .NET member with no equivalent, a type test of plain data), the base-constructor check's and the linker's (a
/// load-order cycle across two files). Before the compiler collected every stage's errors, the first three hid all
/// the others. <c>/*@GASnnnn*/</c> marks where each error must start; <see cref="Sources"/> are the files without
/// the markers, paths relative to the project.
/// </summary>
internal static class AllErrorsProject
{
    private static readonly IReadOnlyDictionary<string, string> Marked = new Dictionary<string, string>
    {
        ["Code.cs"] = """
            using AppsScript.Interop;

            [GlobalFunctions]
            public static class Code
            {
                public static string Run()
                {
                    var point = new Point(1, 2);
                    return Clock.Stamp() + Reading.Length(null!) + Worker.Total(new[] { 1, 2 }) + point.X + FirstCounter.Value + Tags.IsTag("x") + new Circle().Area();
                }

                public static void Log()
                {
                }

                public static void /*@GAS1010*/Log(string text)
                {
                }
            }
            """,
        ["Geometry/Point.cs"] = """
            public ref struct /*@GAS1008*/Point
            {
                public Point(int x, int y)
                {
                    X = x;
                    Y = y;
                }

                public int X { get; }

                public int Y { get; }
            }
            """,
        ["Geometry/Shapes.cs"] = """
            public class Shape
            {
                public Shape()
                {
                    Name = Describe();
                }

                public string Name { get; }

                public virtual string Describe() => "shape";

                public virtual int Area() => 0;
            }

            public class Circle : Shape
            {
                private readonly string _label = "circle";

                public override string /*@GAS1032*/Describe() => _label;
            }
            """,
        ["Clock.cs"] = """
            using System;

            public static class Clock
            {
                public static string Stamp() => /*@GAS2003*/DateTime.Now.Year.ToString();
            }
            """,
        ["Reading.cs"] = """
            using System.IO;

            public static class Reading
            {
                public static int Length(StringReader reader)
                {
                    using (/*@GAS1020*/reader)
                    {
                        return 1;
                    }
                }
            }
            """,
        ["Worker.cs"] = """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            public static class Worker
            {
                private static readonly List<int> Gate = new List<int>();

                public static int Total(int[] values)
                {
                    var total = 0;
                    /*@GAS1006*/lock (Gate)
                    {
                        foreach (var value in values) total += value;
                    }
                    return total;
                }

                public static /*@GAS1002*/async Task Later()
                {
                    /*@GAS1002*/await Task.Yield();
                }

                public static void Pause() => /*@GAS2001*/System.Threading.Thread.Sleep(10);
            }
            """,
        ["Tags.cs"] = """
            public record Tag(string Name);

            public static class Tags
            {
                public static bool IsTag(object value) => /*@GAS3008*/value is Tag;
            }
            """,
        ["Counters/First.cs"] = """
            public class /*@GAS4005*/FirstCounter
            {
                public static readonly int Value = SecondCounter.Value + 1;
            }
            """,
        ["Counters/Second.cs"] = """
            public class SecondCounter
            {
                public static readonly int Value = FirstCounter.Value + 1;
            }
            """,
    };

    /// <summary>The files, without the markers.</summary>
    public static IReadOnlyDictionary<string, string> Sources { get; } =
        Marked.ToDictionary(f => f.Key, f => System.Text.RegularExpressions.Regex.Replace(f.Value, @"/\*@GAS[0-9]{4}\*/", ""));

    /// <summary>Every error the project has, sorted by file, line and column as the compiler reports them.</summary>
    public static IReadOnlyList<(string Path, int Line, int Column, string Code)> Errors { get; } = Marked
        .SelectMany(f => Markers(f.Key, f.Value))
        .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
        .ToList();

    private static IEnumerable<(string Path, int Line, int Column, string Code)> Markers(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            // Earlier markers on the line shift the later ones' columns by their own length.
            var removed = 0;
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(line, @"/\*@(GAS[0-9]{4})\*/"))
            {
                yield return (path, i + 1, match.Index - removed + 1, match.Groups[1].Value);
                removed += match.Length;
            }
        }
    }
}

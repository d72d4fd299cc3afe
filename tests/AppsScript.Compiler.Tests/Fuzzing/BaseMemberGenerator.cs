using System.Collections.Generic;
using System.Globalization;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Assignments through <c>base</c>: a base class with a property whose accessors print, an auto-property, a field,
/// a nullable string property and an indexer, which the derived class may override; the derived class's method
/// writes them as <c>base.Count += n</c>, <c>base.Count++</c>, <c>base.Name ??= s</c>, <c>base[i] -= n</c>, with
/// the values used or not, so that the order of the accessors' calls shows. Values stay small: nothing overflows.
/// </summary>
internal sealed class BaseMemberGenerator
{
    private readonly CaseContext _c;

    public BaseMemberGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private string Small() => R.Between(-9, 9).ToString(CultureInfo.InvariantCulture);

    private string Divisor() => R.Pick("2", "3", "-4");

    private string Slot() => R.Between(0, 3).ToString(CultureInfo.InvariantCulture);

    /// <summary>A write through base, as a statement or inside a printed expression.</summary>
    private string Statement() => R.Next(12) switch
    {
        0 => $"base.Count {R.Pick("+=", "-=", "*=")} {Small()};",
        1 => $"base.Count {R.Pick("/=", "%=")} {Divisor()};",
        2 => $"base.Count{R.Pick("++", "--")};",
        3 => $"Console.WriteLine(base.Count{R.Pick("++", "--")} + \" \" + {R.Pick("++", "--")}base.Count + \" \" + (base.Count += {Small()}));",
        4 => $"base.Plain {R.Pick("+=", "-=", "*=")} {Small()}; base.Plain{R.Pick("++", "--")};",
        5 => $"base.total {R.Pick("+=", "-=", "|=", "^=")} {Small()}; Console.WriteLine(base.total++);",
        6 => $"base.Name ??= {Literal.String(R.Pick("a", "b"))};",
        7 => $"Console.WriteLine(base.Name ??= {Literal.String(R.Pick("c", "d"))});",
        8 => $"base.Name {R.Pick("+=", "=")} {Literal.String(R.Pick("x", "y"))};",
        9 => $"base[{Slot()}] {R.Pick("+=", "-=", "*=")} {Small()};",
        10 => $"Console.WriteLine(base[{Slot()}]{R.Pick("++", "--")} + \" \" + {R.Pick("++", "--")}base[{Slot()}] + \" \" + (base[{Slot()}] -= {Small()}));",
        _ => $"Console.WriteLine(base.Count + \" \" + Count + \" \" + base[{Slot()}] + \" \" + this[{Slot()}] + \" \" + base.Plain + \" \" + (base.Name ?? \"null\"));",
    };

    public List<string> Snippet()
    {
        var baseType = _c.FreshType("Tally");
        var derived = baseType + "Derived";
        var overrides = new List<string>();
        if (R.Chance(60))
        {
            overrides.Add("""
                    public override int Count
                    {
                        get { Console.WriteLine("derived get"); return base.Count + 1; }
                        set { Console.WriteLine("derived set " + value); base.Count = value - 1; }
                    }
                """);
        }
        if (R.Chance(60))
        {
            overrides.Add("""
                    public override int this[int i]
                    {
                        get { Console.WriteLine("derived getItem " + i); return -i; }
                        set { Console.WriteLine("derived setItem " + i + " " + value); }
                    }
                """);
        }
        var body = new List<string>();
        for (var count = R.Between(3, 8); count > 0; count--) body.Add("        " + Statement());
        _c.Declarations.Add($$"""
            public class {{baseType}}
            {
                private int count;
                private string? name;
                private readonly int[] cells = new int[4];
                protected long total;

                public int Plain { get; set; }

                public virtual int Count
                {
                    get { Console.WriteLine("get " + count); return count; }
                    set { Console.WriteLine("set " + value); count = value; }
                }

                public string? Name
                {
                    get { Console.WriteLine("get name"); return name; }
                    set { Console.WriteLine("set name " + value); name = value; }
                }

                public virtual int this[int i]
                {
                    get { Console.WriteLine("getItem " + i); return cells[i]; }
                    set { Console.WriteLine("setItem " + i + " " + value); cells[i] = value; }
                }
            }

            public class {{derived}} : {{baseType}}
            {
            {{string.Join("\n", overrides)}}
                public void Run()
                {
            {{string.Join("\n", body)}}
                    Console.WriteLine(Count + " " + base.Count + " " + Plain + " " + total + " " + (Name ?? "null"));
                }
            }
            """);
        return new List<string> { $"new {derived}().Run();" };
    }
}

using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Structs: a case's struct (a plain, readonly-member or record struct, once per case) with an int, a double, a
/// string and sometimes a nested struct, a mutating method, <c>this = new(...)</c> and a holder class with a field,
/// an auto-property, an array and a readonly field of it. A snippet moves a few variables of it through every place
/// .NET copies a struct (assignment, arguments, returns, array and list elements, boxing, tuples, nullable,
/// foreach and lambda variables, with) and changes them after each move, printing every variable, so that a copy
/// the compiled code shares shows as a difference; equality, hashing sets and strings are printed too (hash codes
/// only compared for equal values: .NET's numbers are not JavaScript's).
/// </summary>
internal sealed class StructGenerator
{
    private readonly CaseContext _c;
    private StructShape? _shape;

    public StructGenerator(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private sealed record StructShape(string Name, string Holder, string Helpers, bool IsRecord, string? Nested);

    private StructShape Shape()
    {
        if (_shape is not null) return _shape;
        var name = _c.FreshType("S");
        var holder = _c.FreshType("SHolder");
        var helpers = _c.FreshType("SHelpers");
        var isRecord = R.Chance(35);
        string? nested = null;
        if (R.Chance(40))
        {
            nested = _c.FreshType("SInner");
            _c.Declarations.Add($$"""
                public struct {{nested}}
                {
                    public int N;

                    public void Bump() => N++;
                }
                """);
        }
        var nestedMember = nested is null ? "" : $"\n    public {nested} Inner;";
        var nestedBump = nested is null ? "" : "\n        Inner.Bump();";
        var toString = R.Chance(50) ? "\n    public override string ToString() => \"<\" + A + \"|\" + B + \"|\" + (C ?? \"null\") + \">\";" : "";
        _c.Declarations.Add(isRecord
            ? $$"""
                public record struct {{name}}(int A, double B, string? C)
                {{{nestedMember}}
                    public void Move(int by)
                    {
                        A += by;
                        B = B / 2;{{nestedBump}}
                    }

                    public void Reset() => this = new {{name}}(-1, 0.5, "reset");

                    public readonly int Sum() => A * 2 + (C == null ? 0 : C.Length);
                }
                """
            : $$"""
                public struct {{name}}
                {
                    public int A;
                    public double B;
                    public string? C;{{nestedMember}}

                    public {{name}}(int a, double b, string? c)
                    {
                        A = a;
                        B = b;
                        C = c;
                    }

                    public void Move(int by)
                    {
                        A += by;
                        B = B / 2;{{nestedBump}}
                    }

                    public void Reset() => this = new {{name}}(-1, 0.5, "reset");

                    public readonly int Sum() => A * 2 + (C == null ? 0 : C.Length);{{toString}}
                }
                """);
        _c.Declarations.Add($$"""
            public class {{holder}}
            {
                public {{name}} Field;
                public readonly {{name}} Fixed = new {{name}}(7, 7.5, "fixed");
                public {{name}} Property { get; set; }
                public {{name}}[] Array = new {{name}}[2];
            }

            public static class {{helpers}}
            {
                public static {{name}} Moved({{name}} value, int by)
                {
                    value.Move(by);
                    return value;
                }

                public static void Bump(ref {{name}} value) => value.Move(100);

                public static string Show({{name}} value) => value.A + "/" + value.B + "/" + (value.C ?? "null"){{(nested is null ? "" : " + \"/\" + value.Inner.N")}};
            }
            """);
        _shape = new StructShape(name, holder, helpers, isRecord, nested);
        return _shape;
    }

    /// <summary>A snippet moving struct values through the places .NET copies them, printing each variable after a change.</summary>
    public List<string> Snippet()
    {
        var shape = Shape();
        var lines = new List<string>();
        var variables = new List<string>();
        string Pick() => R.Pick(variables);
        string Show(string value) => $"{shape.Helpers}.Show({value})";
        void Print() => lines.Add($"Console.WriteLine({string.Join(" + \" \" + ", variables.Select(Show))});");
        for (var i = R.Between(1, 3); i > 0; i--)
        {
            var variable = _c.Fresh("s");
            lines.Add($"var {variable} = {New(shape)};");
            variables.Add(variable);
        }
        var holder = _c.Fresh("holder");
        var list = _c.Fresh("list");
        lines.Add($"var {holder} = new {shape.Holder}();");
        lines.Add($"var {list} = new List<{shape.Name}> {{ {string.Join(", ", variables)} }};");
        for (var step = R.Between(3, 8); step > 0; step--)
        {
            var target = Pick();
            var source = Pick();
            var by = R.Between(-5, 9);
            switch (R.Next(18))
            {
                case 0:
                    var copy = _c.Fresh("s");
                    lines.Add($"var {copy} = {source};");
                    lines.Add($"{copy}.Move({by});");
                    variables.Add(copy);
                    break;
                case 1:
                    lines.Add($"{target} = {source};");
                    lines.Add($"{source}.A += {by};");
                    break;
                case 2:
                    lines.Add($"{target}.C = {R.Pick("null", "\"x\"", "\"\"", target + ".C + \"!\"")};");
                    lines.Add($"{target}.B = {R.Pick("double.NaN", "-0.0", "0.25", "1e21", target + ".B * 3")};");
                    break;
                case 3:
                    var index = R.Between(0, 1);
                    lines.Add($"{holder}.Array[{index}] = {source};");
                    lines.Add($"{holder}.Array[{index}].Move({by});");
                    lines.Add($"{target} = {holder}.Array[{R.Between(0, 1)}];");
                    lines.Add($"Console.WriteLine({Show($"{holder}.Array[0]")} + \" \" + {Show($"{holder}.Array[1]")});");
                    break;
                case 4:
                    lines.Add($"{list}.Add({source});");
                    lines.Add($"{source}.Move({by});");
                    lines.Add($"{target} = {list}[{list}.Count - 1];");
                    break;
                case 5:
                    lines.Add($"{holder}.Field = {source};");
                    lines.Add($"{holder}.Field.Move({by});");
                    lines.Add($"{holder}.Property = {holder}.Field;");
                    lines.Add($"{holder}.Property.Move({by});");
                    lines.Add($"{holder}.Fixed.Move({by});");
                    lines.Add($"Console.WriteLine({Show($"{holder}.Field")} + \" \" + {Show($"{holder}.Property")} + \" \" + {Show($"{holder}.Fixed")});");
                    break;
                case 6:
                    var boxed = _c.Fresh("boxed");
                    lines.Add($"object {boxed} = {source};");
                    lines.Add($"{source}.Move({by});");
                    lines.Add($"Console.WriteLine({Show($"({shape.Name}){boxed}")} + \" \" + {source}.Equals({boxed}));");
                    lines.Add($"if ({boxed} is {shape.Name} {boxed}Value) {{ {boxed}Value.Move(1); {target} = {boxed}Value; }}");
                    break;
                case 7:
                    lines.Add($"{target} = {shape.Helpers}.Moved({source}, {by});");
                    lines.Add($"{shape.Helpers}.Bump(ref {source});");
                    break;
                case 8:
                    var item = _c.Fresh("item");
                    lines.Add($"foreach (var {item} in {list}) {{ {item}.Move({by}); Console.WriteLine({Show(item)}); }}");
                    break;
                case 9:
                    var element = _c.Fresh("e");
                    lines.Add(R.Chance(50)
                        ? $"{list}.ForEach({element} => {element}.Move({by}));"
                        : $"{target} = {list}.Select({element} => {{ {element}.Move({by}); return {element}; }}).Last();");
                    break;
                case 10:
                    var tuple = _c.Fresh("t");
                    lines.Add($"var {tuple} = ({source}, {by});");
                    lines.Add($"{tuple}.Item1.Move({tuple}.Item2);");
                    lines.Add($"Console.WriteLine({Show($"{tuple}.Item1")});");
                    var again = _c.Fresh("again");
                    lines.Add($"var ({again}, _) = {tuple};");
                    lines.Add($"{again}.Move(1);");
                    lines.Add($"Console.WriteLine({Show($"{tuple}.Item1")} + \" \" + {Show(again)});");
                    var tupleCopy = _c.Fresh("t");
                    lines.Add($"var {tupleCopy} = {tuple};");
                    lines.Add($"{tupleCopy}.Item1.Move({by});");
                    lines.Add($"Console.WriteLine({Show($"{tuple}.Item1")} + \" \" + {Show($"{tupleCopy}.Item1")});");
                    break;
                case 11:
                    lines.Add($"{target}.Reset();");
                    break;
                case 12:
                    var maybe = _c.Fresh("maybe");
                    lines.Add($"{shape.Name}? {maybe} = {(R.Chance(25) ? "null" : source)};");
                    lines.Add($"{source}.Move({by});");
                    lines.Add($"Console.WriteLine({maybe}.HasValue ? {Show($"{maybe}.Value")} : \"none\");");
                    lines.Add($"{target} = {maybe} ?? {New(shape)};");
                    break;
                case 13:
                    lines.Add($"Console.WriteLine({target}.Equals({source}) + \" \" + (!{target}.Equals({source}) || {target}.GetHashCode() == {source}.GetHashCode()) + \" \" + {target}.Sum());");
                    if (shape.IsRecord) lines.Add($"Console.WriteLine(({target} == {source}) + \" \" + ({target} != {source}));");
                    break;
                case 14:
                    lines.Add($"Console.WriteLine(new HashSet<{shape.Name}>({list}).Count + \" \" + {list}.Distinct().Count() + \" \" + {list}.Contains({source}) + \" \" + {list}.IndexOf({source}));");
                    lines.Add($"Console.WriteLine({list}.GroupBy(x => x).Count() + \" \" + {list}.GroupBy(x => x.A).Count());");
                    break;
                case 15:
                    lines.Add($"Console.WriteLine({target});");
                    lines.Add($"Console.WriteLine($\"{{{source}}} {{{target}.ToString()}}\");");
                    break;
                case 16:
                    var array = _c.Fresh("array");
                    lines.Add($"var {array} = {list}.ToArray();");
                    lines.Add($"{array}[0].Move({by});");
                    lines.Add($"Console.WriteLine({Show($"{array}[0]")} + \" \" + {Show($"{list}[0]")});");
                    break;
                default:
                    lines.Add(shape.IsRecord
                        ? $"{target} = {source} with {{ A = {by} }};"
                        : $"{target} = default;");
                    break;
            }
            Print();
        }
        lines.Add($"Console.WriteLine(string.Join(\" \", {list}.Select(x => {Show("x")})));");
        return lines;
    }

    private string New(StructShape shape) => R.Next(4) switch
    {
        0 => $"new {shape.Name}()",
        1 => $"default({shape.Name})",
        _ => $"new {shape.Name}({R.Between(-9, 9)}, {R.Pick("1.5", "-0.0", "double.NaN", "3", "0.1")}, {R.Pick("null", "\"a\"", "\"b\"", "\"\"")})",
    };
}

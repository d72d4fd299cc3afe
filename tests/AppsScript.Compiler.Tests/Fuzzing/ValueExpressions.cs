using System;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Value semantics of records, tuples and anonymous types: their ToString (by itself, in interpolation and in
/// concatenation), <c>==</c>, <c>!=</c> and Equals (of a value and a copy or another value), and their use as set
/// elements, Distinct and GroupBy keys and in list searches.
/// </summary>
internal sealed class ValueExpressions
{
    private readonly CaseContext _c;

    public ValueExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    public Expr? StringFrom(int depth)
    {
        if (depth <= 0) return null;
        var value = AnyValue(depth - 1);
        return R.Next(3) switch
        {
            0 => new Expr($"{value}.ToString()", FuzzType.String, Facts.Sized(Limits.MaxString)),
            1 => new Expr($"$\"<{{{value}}}>\"", FuzzType.String, Facts.Sized(Limits.MaxString)),
            _ => new Expr($"(\"v \" + {value})", FuzzType.String, Facts.Sized(Limits.MaxString)),
        };
    }

    public Expr? BoolFrom(int depth)
    {
        if (depth <= 0) return null;
        var (type, make) = AnyKind(depth - 1);
        var a = make();
        var b = R.Chance(50) && a.Duplicable ? a : make();
        var comparesWithOperator = type != "anonymous";
        return R.Next(3) switch
        {
            0 when comparesWithOperator => new Expr($"({a} == {b})", FuzzType.Bool, Facts.Unknown),
            1 when comparesWithOperator => new Expr($"({a} != {b})", FuzzType.Bool, Facts.Unknown),
            _ => new Expr($"{a}.Equals({b})", FuzzType.Bool, Facts.Unknown),
        };
    }

    public Expr? IntFrom(int depth)
    {
        if (depth <= 0) return null;
        var (type, make) = AnyKind(depth - 1);
        var items = Enumerable.Range(0, R.Between(1, 4)).Select(_ => make()).ToList();
        // Repeats make the equal values that Distinct, sets and groups must find.
        if (items[0].Duplicable && R.Chance(70)) items.Add(items[0]);
        var array = $"new[] {{ {string.Join(", ", items)} }}";
        var code = R.Next(type == "anonymous" ? 3 : 5) switch
        {
            0 => $"{array}.Distinct().Count()",
            1 => $"{array}.GroupBy(x => x).Count()",
            2 => $"Array.IndexOf({array}, {make()})",
            3 => $"new HashSet<{type}>({array}).Count",
            _ => $"{array}.ToList().IndexOf({make()})",
        };
        return new Expr(code, FuzzType.Int, Facts.Integer(-1, 5));
    }

    private string AnyValue(int depth) => AnyKind(depth).Make().Code;

    /// <summary>A kind of value (its C# type, "anonymous" for an anonymous type) and a maker of values of it.</summary>
    private (string Type, Func<Expr> Make) AnyKind(int depth)
    {
        if (R.Chance(45) && _c.Data.AnyRecordType() is { } record) return (record.Name!, () => _c.Data.Of(record, depth));
        var first = PrimitiveType();
        var second = PrimitiveType();
        if (R.Chance(30)) return ("anonymous", () => new Expr($"new {{ A = {_c.Of(first, depth)}, B = {_c.Of(second, depth)} }}", FuzzType.String, Facts.Unknown));
        return ($"({first}, {second})", () => new Expr($"({_c.Of(first, depth)}, {_c.Of(second, depth)})", FuzzType.String, Facts.Unknown));
    }

    private FuzzType PrimitiveType() => R.Weighted((4, FuzzType.Int), (3, FuzzType.String), (2, FuzzType.Bool), (1, FuzzType.Char), (1, FuzzType.Long), (1, FuzzType.Double));
}

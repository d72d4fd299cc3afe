using System;
using System.Collections.Generic;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Library members over the other families' values: comparers (StringComparer, Comparer&lt;T&gt;.Create and Default)
/// ordering queries, sorting and searching; List and Array BinarySearch (deterministic on any list, sorted or not,
/// since both sides halve the same way); ToLookup's groups, indexer and Contains; OfType and Cast over sequences of
/// their own element type, and GetType().Name of scalars; and DateTime, DateTimeOffset and TimeSpan formatted by
/// random standard and custom formats. Only stable orders are used with comparers that tie distinct
/// values (OrderBy), since List.Sort is not stable in .NET (Exclusions).
/// </summary>
internal sealed class OrderingAndFormatExpressions
{
    private static readonly FuzzType[] Searchable = { FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Char, FuzzType.Bool };

    private static readonly FuzzType[] LookupKeys = { FuzzType.Int, FuzzType.String, FuzzType.Bool, FuzzType.Char };

    private static readonly string[] DateTimeStandard = { "d", "D", "f", "F", "g", "G", "M", "m", "O", "o", "R", "r", "s", "t", "T", "u", "U", "Y", "y" };

    private static readonly string[] DateTimeTokens =
    {
        "d", "dd", "ddd", "dddd", "M", "MM", "MMM", "MMMM", "y", "yy", "yyy", "yyyy", "yyyyy", "h", "hh", "H", "HH", "m", "mm", "s", "ss",
        "f", "ff", "fff", "ffff", "fffffff", "F", "FF", "FFF", "FFFFFFF", "t", "tt", "K", "g",
    };

    private static readonly string[] DateTimeSeparators = { ":", "/", "-", " ", ", ", ".", "'T'", "\\T", "'at' ", "\"h\"", " [", "] " };

    private static readonly string[] TimeSpanStandard = { "c", "t", "T", "g", "G" };

    private static readonly string[] TimeSpanTokens = { "d", "dd", "ddd", "dddddddd", "h", "hh", "m", "mm", "s", "ss", "f", "ff", "fff", "fffffff", "F", "FF", "FFFFFFF" };

    private static readonly string[] TimeSpanSeparators = { "\\:", "\\.", "' '", "\\-", "':'", "\" days \"" };

    private readonly CaseContext _c;

    public OrderingAndFormatExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    public Expr? IntFrom(int depth)
    {
        if (_c.InLambda) return null;
        return R.Next(4) switch
        {
            0 => BinarySearch(depth),
            1 => DefaultCompare(depth),
            2 => ElementsOfType(depth),
            _ => LookupCount(depth),
        };
    }

    public Expr? StringFrom(int depth)
    {
        if (_c.InLambda) return null;
        return R.Next(6) switch
        {
            0 or 1 => FormattedDateTime(),
            2 => FormattedTimeSpan(depth),
            3 => OrderedByComparer(depth),
            4 => TypeName(depth),
            _ => LookupSummary(depth),
        };
    }

    // ---- comparers, sorting and searching ----

    /// <summary>A comparer of the type, or null for the element types no comparer is made for here.</summary>
    private string? Comparer(FuzzType element)
    {
        var (x, y) = (_c.Fresh("a"), _c.Fresh("b"));
        return element.Kind switch
        {
            Kind.String => R.Pick("StringComparer.Ordinal", "StringComparer.OrdinalIgnoreCase", "Comparer<string>.Default",
                $"Comparer<string>.Create(({x}, {y}) => {y}.CompareTo({x}))", $"Comparer<string>.Create(({x}, {y}) => {x}.Length - {y}.Length)"),
            Kind.Int => R.Pick("Comparer<int>.Default", $"Comparer<int>.Create(({x}, {y}) => {y}.CompareTo({x}))", $"Comparer<int>.Create(({x}, {y}) => ({x} % 3).CompareTo({y} % 3))"),
            _ => null,
        };
    }

    /// <summary>List.BinarySearch or Array.BinarySearch, with a comparer now and then.</summary>
    private Expr BinarySearch(int depth)
    {
        var element = R.Pick(Searchable);
        var isList = R.Chance(60);
        var source = _c.Collections.Of(isList ? FuzzType.ListOf(element) : FuzzType.ArrayOf(element), depth - 1);
        var value = _c.Collections.Element(element, depth - 1);
        var comparer = R.Chance(40) ? Comparer(element) : null;
        var comparerArgument = comparer is null ? "" : $", {comparer}";
        var code = isList ? $"{source}.BinarySearch({value}{comparerArgument})" : $"Array.BinarySearch({source}, {value}{comparerArgument})";
        var count = source.Facts.MaxCount;
        return new Expr(code, FuzzType.Int, Facts.Integer(-count - 1, count));
    }

    /// <summary>Comparer&lt;T&gt;.Default.Compare of two values, with .NET's own result values.</summary>
    private Expr DefaultCompare(int depth)
    {
        var type = R.Pick(FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.String, FuzzType.Char, FuzzType.Bool);
        var (left, right) = (_c.Of(type, depth - 1), _c.Of(type, depth - 1));
        return new Expr($"Comparer<{type}>.Default.Compare({left}, {right})", FuzzType.Int, Facts.Integer(-70000, 70000));
    }

    /// <summary>A query ordered with a comparer, stable as OrderBy is, joined.</summary>
    private Expr OrderedByComparer(int depth)
    {
        var element = R.Pick(FuzzType.String, FuzzType.Int);
        var query = _c.Collections.Query(element, depth - 1);
        var item = _c.Fresh("x");
        var code = $"{query.Code}.{R.Pick("OrderBy", "OrderByDescending")}({item} => {item}, {Comparer(element)})";
        if (R.Chance(40))
        {
            var then = _c.Fresh("x");
            code += $".{R.Pick("ThenBy", "ThenByDescending")}({then} => {then}, {Comparer(element)})";
        }
        if (R.Chance(25)) code = $"{query.Code}.{R.Pick("Order", "OrderDescending")}({Comparer(element)})";
        return new Expr($"string.Join({_c.Strings.Separator()}, {code})", FuzzType.String, Facts.Sized(Limits.MaxString));
    }

    // ---- element types ----

    /// <summary>OfType or Cast to the elements' own type, which keeps the non-null ones or all, counted.</summary>
    private Expr ElementsOfType(int depth)
    {
        var element = R.Pick(Searchable);
        var source = _c.Collections.Sequence(element, depth - 1);
        return new Expr($"{source}.{R.Pick("OfType", "Cast")}<{element}>().Count()", FuzzType.Int, Facts.Integer(0, source.Facts.MaxCount));
    }

    /// <summary>GetType().Name of a scalar, a constant of its type (after the value, which may have effects).</summary>
    private Expr TypeName(int depth)
    {
        var value = _c.Of(R.Pick(Searchable), depth - 1);
        return new Expr($"{value}.GetType().Name", FuzzType.String, Facts.Sized(10));
    }

    // ---- lookups ----

    private (string Code, FuzzType Key) Lookup(int depth)
    {
        var element = R.Pick(Searchable);
        var source = _c.Collections.Sequence(element, depth - 1);
        var key = R.Pick(LookupKeys);
        var selector = _c.Lambda(element, source.Facts.Element ?? Facts.Of(element), _ => _c.Of(key, depth - 1), out _);
        return ($"{source}.ToLookup({selector})", key);
    }

    private Expr LookupCount(int depth)
    {
        var (lookup, key) = Lookup(depth);
        var code = R.Next(3) switch
        {
            0 => $"{lookup}.Count",
            1 => $"{lookup}[{_c.Collections.Element(key, depth - 1)}].Count()",
            _ => $"({lookup}.Contains({_c.Collections.Element(key, depth - 1)}) ? 1 : 0)",
        };
        return new Expr(code, FuzzType.Int, Facts.Integer(0, Limits.MaxCollection));
    }

    private Expr LookupSummary(int depth)
    {
        var (lookup, _) = Lookup(depth);
        var group = _c.Fresh("g");
        return new Expr($"string.Join({_c.Strings.Separator()}, {lookup}.Select({group} => {group}.Key + \"=\" + {group}.Count()))", FuzzType.String, Facts.Sized(Limits.MaxString));
    }

    // ---- dates and times ----

    /// <summary>A UTC DateTime of constant parts, now and then moved by whole hours, formatted.</summary>
    private Expr FormattedDateTime()
    {
        var year = R.Chance(70) ? R.Between(1900, 2100) : R.Between(2, 9998);
        var date = $"new DateTime({year}, {R.Between(1, 12)}, {R.Between(1, 28)}, {R.Between(0, 23)}, {R.Between(0, 59)}, {R.Between(0, 59)}, {R.Pick(0, 0, 5, 120, 999, R.Between(0, 999))}, DateTimeKind.Utc)";
        if (R.Chance(30)) date += $".AddHours({R.Between(-9000, 9000)})";
        var format = R.Chance(35) ? R.Pick(DateTimeStandard) : CustomFormat(DateTimeTokens, DateTimeSeparators);
        if (R.Chance(20))
        {
            // A DateTimeOffset whose offset the code shows is +00:00, with z among its specifiers (and no U, which it rejects).
            date = $"DateTimeOffset.FromUnixTimeMilliseconds({R.BetweenLong(-2_000_000_000_000, 4_000_000_000_000)})";
            format = format == "U" ? "zzz" : format.Length > 1 && R.Chance(50) ? format + " zz" : format;
        }
        var code = R.Chance(50) ? $"{date}.ToString({Literal.String(format)})" : $"$\"{{{date}:{InterpolationFormat(format)}}}\"";
        return new Expr(code, FuzzType.String, Facts.Sized(200));
    }

    /// <summary>A TimeSpan, of constant parts or a number of milliseconds, formatted.</summary>
    private Expr FormattedTimeSpan(int depth)
    {
        var span = R.Chance(60)
            ? $"new TimeSpan({R.Between(-40, 40)}, {R.Between(-23, 23)}, {R.Between(-59, 59)}, {R.Between(-59, 59)}, {R.Between(-999, 999)})"
            : $"TimeSpan.FromMilliseconds({_c.Numbers.IntIn(-1_000_000_000, 1_000_000_000, depth - 1)})";
        var format = R.Chance(35) ? R.Pick(TimeSpanStandard) : CustomFormat(TimeSpanTokens, TimeSpanSeparators);
        return new Expr($"{span}.ToString({Literal.String(format)})", FuzzType.String, Facts.Sized(200));
    }

    /// <summary>One to four tokens, a separator between each two (so no run of one letter grows past its limit), "%" before a lone one.</summary>
    private string CustomFormat(string[] tokens, string[] separators)
    {
        var parts = new List<string> { R.Pick(tokens) };
        for (var n = R.Between(0, 3); n > 0; n--)
        {
            parts.Add(R.Pick(separators));
            parts.Add(R.Pick(tokens));
        }
        var format = string.Concat(parts);
        return format.Length == 1 ? "%" + format : format;
    }

    /// <summary>A format as an interpolated string's format clause writes it: braces, quotes and backslashes escaped.</summary>
    private static string InterpolationFormat(string format) => format.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}

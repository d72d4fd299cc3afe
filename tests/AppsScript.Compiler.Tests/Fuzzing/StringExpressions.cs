using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// string expressions and what is read from strings: concatenation and interpolation of every type (null
/// included), standard and custom number formats with alignment, string.Format, the string members (search,
/// editing, case, split, join, compare, trim, pad), StringBuilder chains, and chars, ints and bools taken from
/// strings. Facts.MaxCount bounds a string's length; Facts.MayBeNull marks a string? that may be null.
/// </summary>
internal sealed class StringExpressions
{
    /// <summary>Texts with the characters that trip string code: case mappings, whitespace kinds, surrogates, escapes.</summary>
    private static readonly string[] Texts =
    {
        "", "a", "abc", "Hello, World", "  padded  ", "a,b,,c", "x;y;z", "MiXeD cAsE", "stra\u00dfe", "\u0130stanbul", "\u00c9t\u00e9", "\u01c5ungla",
        "\u03a3\u03b9\u03c3\u03c5\u03c6\u03bf\u03c2", "tab\there", "line\nbreak", "quote\"s", "back\\slash", "{braces}", "50%", "\ud83c\udfb5 music", "\u00a0nbsp\u00a0",
        "\u2028sep", "null", "True", "123", "-4.5", "1,234", "aaa", "abcabc", "\u0000nul", "UPPER", "lower", "Title Case Words", "\u00b5\u00ff",
    };

    private static readonly string[] Separators = { ",", ", ", "", "|", " - ", "\n", "\u00e9" };

    private static readonly string[] Comparisons = { "Ordinal", "OrdinalIgnoreCase", "InvariantCulture", "InvariantCultureIgnoreCase", "CurrentCulture", "CurrentCultureIgnoreCase" };

    private static readonly string[] DoubleFormats =
    {
        "F", "F0", "F1", "F2", "F3", "F6", "F10", "F15", "N", "N0", "N1", "N2", "N4", "E", "E0", "E2", "E10", "e4", "G", "G1", "G3", "G5", "G10", "G15", "G17", "g4",
        "R", "r", "P", "P0", "P1", "P3", "0", "0.0", "0.00", "0.###", "#.##", "#,##0.00", "#,##0", "000.000", "0.#%", "#", "00", "0.0000000000", "##0.0#",
    };

    private static readonly string[] IntegerFormats =
    {
        "D", "D1", "D5", "D10", "d3", "X", "X2", "X4", "X8", "x", "x16", "N", "N0", "N2", "F", "F0", "F3", "E", "E2", "e0", "G", "G2", "G10", "P", "P0", "0000", "#,##0", "0.00", "#", "#,#", "0%",
    };

    /// <summary>Formats outside the supported set, each a coded refusal (GAS2002).</summary>
    private static readonly string[] RefusedFormats = { "C", "0.00E+00", "#;(#)", "0,.0", "'x'0" };

    private readonly CaseContext _c;

    public StringExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    public Expr String(int depth)
    {
        if (depth <= 0 || R.Chance(15)) return Leaf();
        var expr = R.Weighted<Func<int, Expr?>>(
            (8, Concatenation),
            (8, Interpolation),
            (10, Formatted),
            (3, CompositeFormat),
            (10, Edited),
            (4, CaseMapped),
            (4, SplitAndJoin),
            (3, Built),
            (3, d => Conditional(d)),
            (2, d => Nullable(d)),
            // A lone surrogate makes EscapeDataString throw, so not in total code.
            (_c.Total ? 0 : 2, d => new Expr($"Uri.EscapeDataString({NonNull(String(d - 1))})", FuzzType.String, Facts.Sized(Limits.MaxString))),
            (8, d => _c.Collections.StringFrom(d)),
            (4, d => _c.OrderingAndFormats.StringFrom(d)),
            (5, d => _c.Data.StringFrom(d)),
            (3, d => _c.RegexQueuesAndCodecs.StringFrom(d)),
            (3, d => _c.KeyedDictionaries.StringFrom(d)),
            (2, d => _c.OwnEqualityKeys.StringFrom(d)),
            (2, d => _c.Values.StringFrom(d)),
            (4, d => _c.Members.ValueFrom(FuzzType.String, d)))(depth);
        return expr ?? Leaf();
    }

    private Expr Leaf()
    {
        if (R.Chance(65) && _c.VariableOf(FuzzType.String) is { } variable) return variable.Read;
        return Text(R.Pick(Texts));
    }

    public static Expr Text(string text) => new(Literal.String(text), FuzzType.String, Facts.Sized(text.Length), true);

    /// <summary>A literal initial value for a case's string local.</summary>
    public Expr Seed() => Text(R.Pick(Texts));

    private static int Length(Expr text) => text.Facts.MaxCount;

    private static int Bounded(long length) => (int)Math.Min(length, Limits.MaxString);

    /// <summary>The expression, or (x ?? "") when it may be null, for a receiver of a member call.</summary>
    public static Expr NonNull(Expr text) => text.Facts.MayBeNull
        ? new Expr($"({text} ?? \"\")", FuzzType.String, text.Facts with { MayBeNull = false })
        : text;

    /// <summary>The most characters .NET writes for a value of the type in its default format.</summary>
    private static int DisplayLength(FuzzType type) => type.Kind switch
    {
        Kind.String => Limits.MaxString,
        Kind.Char => 1,
        Kind.Bool => 5,
        _ => 30,
    };

    /// <summary>Any value to print or concatenate: a number, char, bool, or string (a nullable one included).</summary>
    private Expr Printable(int depth) => R.Next(10) switch
    {
        < 4 => _c.Numbers.AnyNumber(depth),
        4 => _c.Numbers.Char(depth),
        5 => _c.Bools.Bool(depth),
        _ => String(depth),
    };

    private static int PrintedLength(Expr value) => value.Type.Kind == Kind.String ? value.Facts.MaxCount : DisplayLength(value.Type);

    /// <summary>a + b with a string on either side, the other any value (null is "").</summary>
    private Expr Concatenation(int depth)
    {
        var a = String(depth - 1);
        var b = Printable(depth - 1);
        if (R.Chance(10)) b = new Expr("(string?)null", FuzzType.String, Facts.Sized(0) with { MayBeNull = true }, true);
        if (R.Chance(40)) (a, b) = (b, a);
        // char + char and number + number are not concatenation: keep a string on the left of a non-string pair.
        var code = a.Type.Kind == Kind.String || b.Type.Kind == Kind.String ? $"({a} + {b})" : $"(\"\" + {a} + {b})";
        return new Expr(code, FuzzType.String, Facts.Sized(Bounded((long)PrintedLength(a) + PrintedLength(b))), a.IsConstant && b.IsConstant && a.Type.Kind == Kind.String && b.Type.Kind == Kind.String);
    }

    /// <summary>$"..." with holes of any type, some aligned, numbers some formatted.</summary>
    private Expr Interpolation(int depth)
    {
        var builder = new StringBuilder("$\"");
        long length = 0;
        var holes = R.Between(1, 3);
        for (var i = 0; i < holes; i++)
        {
            var text = R.Pick("", " ", "x=", ": ", "[", "] ", "{", "}", "\u00e9", "\\");
            builder.Append(EscapeInterpolated(text));
            length += text.Length;
            var value = Printable(depth - 1);
            // A top-level ':' would start the format and ',' the alignment: such an expression goes in parentheses.
            var hole = new StringBuilder(value.Code.IndexOfAny(new[] { ':', '?', ',' }) >= 0 ? $"({value.Code})" : value.Code);
            var piece = PrintedLength(value);
            if (R.Chance(25))
            {
                var width = R.Between(-12, 12);
                hole.Append(',').Append(width);
                piece = Math.Max(piece, Math.Abs(width));
            }
            if (value.Type.IsNumeric && R.Chance(50))
            {
                hole.Append(':').Append(FormatFor(value.Type));
                piece = 400;
            }
            builder.Append('{').Append(hole).Append('}');
            length += piece;
        }
        builder.Append('"');
        return new Expr(builder.ToString(), FuzzType.String, Facts.Sized(Bounded(length)));
    }

    private static string EscapeInterpolated(string text) => Literal.String(text)[1..^1].Replace("{", "{{").Replace("}", "}}");

    /// <summary>A format the compiler supports for the type, now and then one it refuses.</summary>
    public string FormatFor(FuzzType type)
    {
        if (_c.Refusing && R.Chance(2)) return R.Pick(RefusedFormats);
        return type.Kind == Kind.Double ? R.Pick(DoubleFormats) : R.Pick(IntegerFormats);
    }

    /// <summary>value.ToString(format), ToString(), Convert.ToString: numbers mostly from variables, since constants are formatted when compiling.</summary>
    private Expr Formatted(int depth)
    {
        var value = _c.Numbers.AnyNumber(depth - 1);
        var code = R.Next(6) switch
        {
            0 => $"{value}.ToString()",
            // Convert.ToString has no sbyte or ushort overload in the subset.
            1 when !(value.Type.Kind is Kind.SByte or Kind.UShort) => $"Convert.ToString({value})",
            2 => $"{value}.ToString(CultureInfo.InvariantCulture)",
            3 => $"{value}.ToString({Literal.String(FormatFor(value.Type))}, CultureInfo.InvariantCulture)",
            _ => $"{value}.ToString({Literal.String(FormatFor(value.Type))})",
        };
        return new Expr(code, FuzzType.String, Facts.Sized(400));
    }

    /// <summary>string.Format with a constant format of indexed, aligned and formatted items.</summary>
    private Expr CompositeFormat(int depth)
    {
        var values = Enumerable.Range(0, R.Between(1, 3)).Select(_ => Printable(depth - 1)).ToList();
        var format = new StringBuilder();
        long length = 0;
        for (var i = 0; i < values.Count + R.Between(0, 1); i++)
        {
            var index = i < values.Count ? i : R.Next(values.Count);
            format.Append(R.Pick("", " ", "-", "<", "{{", "}}"));
            format.Append('{').Append(index);
            if (R.Chance(25)) format.Append(',').Append(R.Between(-8, 8));
            if (values[index].Type.IsNumeric && R.Chance(50)) format.Append(':').Append(FormatFor(values[index].Type));
            format.Append('}');
            length += 400 + PrintedLength(values[index]) + 2;
        }
        var provider = R.Chance(30) ? "CultureInfo.InvariantCulture, " : "";
        var arguments = string.Join(", ", values.Select(v => v.Code));
        return new Expr($"string.Format({provider}{Literal.String(format.ToString())}, {arguments})", FuzzType.String, Facts.Sized(Bounded(length)));
    }

    /// <summary>The editing members; positions are sometimes out of range, and .NET's exceptions must come out the same.</summary>
    private Expr Edited(int depth)
    {
        var text = NonNull(String(depth - 1));
        var n = Length(text);
        if (_c.Total) return TotalEdit(text.Reusable(() => NonNull(Leaf())), depth);
        Expr Position() => R.Chance(85) ? _c.Numbers.Index(Math.Min(n, 60), depth - 1) : _c.Numbers.IntIn(-3, 70, depth - 1);
        switch (R.Next(12))
        {
            case 0:
                return new Expr($"{text}.Substring({Position()})", FuzzType.String, Facts.Sized(n));
            case 1:
                return new Expr($"{text}.Substring({Position()}, {Position()})", FuzzType.String, Facts.Sized(n));
            case 2:
                return new Expr(R.Chance(50) ? $"{text}.Remove({Position()})" : $"{text}.Remove({Position()}, {Position()})", FuzzType.String, Facts.Sized(n));
            case 3:
            {
                var inserted = NonNull(String(depth - 1));
                return new Expr($"{text}.Insert({Position()}, {inserted})", FuzzType.String, Facts.Sized(Bounded((long)n + Length(inserted))));
            }
            case 4:
            {
                var width = _c.Numbers.IntIn(R.Chance(95) ? 0 : -2, 40, depth - 1);
                var fill = R.Chance(50) ? $", {_c.Numbers.Char(depth - 1)}" : "";
                return new Expr($"{text}.{R.Pick("PadLeft", "PadRight")}({width}{fill})", FuzzType.String, Facts.Sized(Math.Max(n, 40)));
            }
            case 5:
            {
                var chars = R.Next(3) switch
                {
                    0 => "",
                    1 => _c.Numbers.Char(depth - 1).Code,
                    _ => string.Join(", ", Enumerable.Range(0, R.Between(2, 3)).Select(_ => _c.Numbers.Char(depth - 1).Code)),
                };
                return new Expr($"{text}.{R.Pick("Trim", "TrimStart", "TrimEnd")}({chars})", FuzzType.String, Facts.Sized(n));
            }
            case 6:
                return new Expr($"{text}.Replace({_c.Numbers.Char(depth - 1)}, {_c.Numbers.Char(depth - 1)})", FuzzType.String, Facts.Sized(n));
            case 7:
            {
                var old = R.Chance(90) ? NonNull(String(depth - 1)) : Text("");
                var replacement = R.Chance(15) ? new Expr("null", FuzzType.String, Facts.Sized(0), true) : String(depth - 1);
                // Each match can grow by the replacement's length; a one-unit old value in a long text bounds it worst.
                return new Expr($"{text}.Replace({old}, {replacement})", FuzzType.String, Facts.Sized(Bounded((long)n * Math.Max(1, Length(replacement)))));
            }
            case 8:
            {
                var count = _c.Numbers.IntIn(R.Chance(95) ? 0 : -1, 20, depth - 1);
                return new Expr($"new string({_c.Numbers.Char(depth - 1)}, {count})", FuzzType.String, Facts.Sized(20));
            }
            case 9:
                return new Expr($"string.Concat({string.Join(", ", Enumerable.Range(0, R.Between(2, 4)).Select(_ => String(depth - 1).Code))})", FuzzType.String, Facts.Sized(Limits.MaxString));
            case 10:
                return new Expr($"new string({text}.Reverse().ToArray())", FuzzType.String, Facts.Sized(n));
            default:
                return new Expr($"{_c.Numbers.Char(depth - 1)}.ToString()", FuzzType.String, Facts.Sized(1));
        }
    }

    /// <summary>Edits that cannot throw: positions clamped to the length, widths and counts not negative, a non-empty old value.</summary>
    private Expr TotalEdit(Expr text, int depth)
    {
        var n = Length(text);
        var position = $"Math.Min({_c.Numbers.Index(60, depth - 1)}, {text}.Length)";
        return R.Next(6) switch
        {
            0 => new Expr($"{text}.Substring({position})", FuzzType.String, Facts.Sized(n)),
            1 => new Expr($"{text}.Remove({position})", FuzzType.String, Facts.Sized(n)),
            2 => new Expr($"{text}.Insert({position}, {NonNull(String(depth - 1))})", FuzzType.String, Facts.Sized(Limits.MaxString)),
            3 => new Expr($"{text}.{R.Pick("PadLeft", "PadRight")}({_c.Numbers.Index(40, depth - 1)})", FuzzType.String, Facts.Sized(Math.Max(n, 40))),
            4 => new Expr($"{text}.{R.Pick("Trim", "TrimStart", "TrimEnd")}()", FuzzType.String, Facts.Sized(n)),
            _ => new Expr($"{text}.Replace({Literal.String(R.Pick("a", " ", ","))}, {NonNull(String(depth - 1))})", FuzzType.String, Facts.Sized(Limits.MaxString)),
        };
    }

    private Expr CaseMapped(int depth)
    {
        var text = NonNull(String(depth - 1));
        var member = R.Pick("ToUpper()", "ToLower()", "ToUpperInvariant()", "ToLowerInvariant()", "ToUpper(CultureInfo.InvariantCulture)", "ToLower(CultureInfo.InvariantCulture)");
        return new Expr($"{text}.{member}", FuzzType.String, Facts.Sized(Length(text)));
    }

    /// <summary>Split with each separator form, count and options, joined back with another separator.</summary>
    private Expr SplitAndJoin(int depth)
    {
        var text = NonNull(String(depth - 1));
        var separator = R.Next(4) switch
        {
            0 => _c.Numbers.Char(depth - 1).Code,
            1 => Literal.String(R.Pick(",", ", ", ";", " ", "ab", "")),
            2 => $"new[] {{ {Literal.Char(R.Pick(',', ' ', ';'))}, {Literal.Char(R.Pick('a', '\n', '.'))} }}",
            _ => $"new[] {{ {Literal.String(R.Pick(",", "--", " "))}, {Literal.String(R.Pick(";", "b", ""))} }}",
        };
        var options = R.Pick("StringSplitOptions.None", "StringSplitOptions.RemoveEmptyEntries", "StringSplitOptions.TrimEntries", "StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries");
        var count = _c.Numbers.IntIn(R.Chance(95) || _c.Total ? 0 : -1, 5, depth - 1);
        var isStringArray = separator.StartsWith("new[] {\"", StringComparison.Ordinal) || separator.StartsWith("new[] { \"", StringComparison.Ordinal);
        var isString = separator.StartsWith('"');
        var call = R.Next(3) switch
        {
            // A string array or a single string needs the options argument; a char or char[] may go without.
            0 when !isString && !isStringArray => $"{text}.Split({separator})",
            1 => $"{text}.Split({separator}, {count}, {options})",
            _ => $"{text}.Split({separator}, {options})",
        };
        var joiner = Literal.String(R.Pick(Separators));
        return new Expr($"string.Join({joiner}, {call})", FuzzType.String, Facts.Sized(Bounded((long)Length(text) * 2 + 2)));
    }

    /// <summary>A StringBuilder chain: Append of each type, AppendLine, Insert, Replace, Remove, Clear, Length.</summary>
    private Expr Built(int depth)
    {
        var chain = new StringBuilder(R.Chance(70) ? "new StringBuilder()" : $"new StringBuilder({NonNull(String(depth - 1))})");
        long length = Limits.MaxString / 4;
        for (var i = R.Between(1, 4); i > 0; i--)
        {
            chain.Append(R.Next(7) switch
            {
                0 or 1 or 2 => $".Append({Printable(depth - 1)})",
                3 => $".AppendLine({NonNull(String(depth - 1))})",
                4 => $".Insert(0, {NonNull(String(depth - 1))})",
                5 => $".Replace({Literal.String(R.Pick("a", "l", " "))}, {Literal.String(R.Pick("", "A", "--"))})",
                _ => $".Append({_c.Numbers.Char(depth - 1)}, {_c.Numbers.IntIn(R.Chance(95) || _c.Total ? 0 : -1, 5, depth - 1)})",
            });
        }
        return new Expr($"{chain}.ToString()", FuzzType.String, Facts.Sized(Bounded(length)));
    }

    private Expr Conditional(int depth)
    {
        var condition = _c.Bools.Bool(depth - 1);
        var a = String(depth - 1);
        var b = String(depth - 1);
        return new Expr($"({condition} ? {a} : {b})", FuzzType.String, a.Facts.Union(b.Facts));
    }

    /// <summary>A string? that may be null, made safe or printed as C# prints null.</summary>
    private Expr Nullable(int depth)
    {
        var maybe = $"({_c.Bools.Bool(depth - 1)} ? null : {String(depth - 1)})";
        return R.Next(3) switch
        {
            0 => new Expr($"({maybe} ?? {Literal.String(R.Pick("none", ""))})", FuzzType.String, Facts.Sized(Limits.MaxString)),
            1 => new Expr($"({maybe}?.ToUpperInvariant() ?? \"-\")", FuzzType.String, Facts.Sized(Limits.MaxString)),
            _ => new Expr($"((string?){maybe})", FuzzType.String, Facts.Sized(Limits.MaxString) with { MayBeNull = true }),
        };
    }

    // ---- values read from strings ----

    /// <summary>An int from a string: length, searches, comparisons, counts.</summary>
    public Expr IntFrom(int depth)
    {
        var text = NonNull(String(depth - 1)).Reusable(() => NonNull(Leaf()));
        var n = Length(text);
        var position = Facts.Integer(-1, n);
        var comparison = Facts.Integer(-(Limits.MaxString + (Int128)char.MaxValue), Limits.MaxString + (Int128)char.MaxValue);
        switch (R.Next(9))
        {
            case 0:
                return new Expr($"{text}.Length", FuzzType.Int, Facts.Integer(0, n));
            case 1:
            {
                var value = R.Chance(50) ? _c.Numbers.Char(depth - 1).Code : NonNull(String(depth - 1)).Code;
                return new Expr($"{text}.{R.Pick("IndexOf", "LastIndexOf")}({value})", FuzzType.Int, position);
            }
            case 2:
            {
                var start = _c.Numbers.Index(60, depth - 1);
                var value = R.Chance(50) ? _c.Numbers.Char(depth - 1).Code : NonNull(String(depth - 1)).Code;
                return new Expr($"{text}.IndexOf({value}, {Exclusions.ClampedStart(text, start)})", FuzzType.Int, position);
            }
            case 3:
                return new Expr($"{text}.{R.Pick("IndexOf", "LastIndexOf")}({NonNull(String(depth - 1))}, StringComparison.{R.Pick(Comparisons)})", FuzzType.Int, position);
            case 4:
            {
                var other = String(depth - 1);
                var call = R.Next(4) switch
                {
                    0 => $"string.Compare({text}, {other})",
                    1 => $"string.Compare({text}, {other}, {(R.Chance(50) ? "true" : "false")})",
                    2 => $"string.Compare({text}, {other}, StringComparison.{R.Pick(Comparisons)})",
                    _ => $"string.CompareOrdinal({text}, {other})",
                };
                return new Expr(call, FuzzType.Int, comparison);
            }
            case 5:
                return new Expr($"{text}.Split({Literal.Char(R.Pick(',', ' ', 'a'))}).Length", FuzzType.Int, Facts.Integer(1, n + 1));
            case 6:
                return new Expr($"{text}.Count(char.{R.Pick("IsDigit", "IsLetter", "IsUpper", "IsWhiteSpace")})", FuzzType.Int, Facts.Integer(0, n));
            case 7:
                return new Expr($"((int){Guarded(text, depth)})", FuzzType.Int, Facts.Integer(0, char.MaxValue));
            default:
                // Sum of ints is checked in .NET: only a text short enough that its codes cannot overflow.
                if ((Int128)n * char.MaxValue > int.MaxValue) return new Expr($"{text}.Length", FuzzType.Int, Facts.Integer(0, n));
                var unit = _c.Fresh("u");
                return new Expr($"{text}.Sum({unit} => (int){unit})", FuzzType.Int, Facts.Integer(0, (Int128)n * char.MaxValue));
        }
    }

    /// <summary>text[i] for an index that may be past the end, guarded (Exclusions): a fallback char then.</summary>
    private string Guarded(Expr text, int depth) =>
        Exclusions.Guarded(text, "Length", _c.Numbers.Index(Math.Min(Length(text), 40), depth - 1).Reusable(() => _c.Numbers.Index(Math.Min(Length(text), 40), 0)), Literal.Char(R.Pick('?', '\0', ' ')));

    public Expr CharFrom(int depth)
    {
        var text = NonNull(String(depth - 1)).Reusable(() => NonNull(Leaf()));
        return R.Next(3) switch
        {
            0 => new Expr(Guarded(text, depth), FuzzType.Char, Facts.Of(FuzzType.Char)),
            1 => new Expr($"{text}.FirstOrDefault()", FuzzType.Char, Facts.Of(FuzzType.Char)),
            _ => new Expr($"{text}.{R.Pick("LastOrDefault", "FirstOrDefault")}(char.{R.Pick("IsDigit", "IsLetter", "IsUpper")})", FuzzType.Char, Facts.Of(FuzzType.Char)),
        };
    }

    public Expr BoolFrom(int depth)
    {
        var text = NonNull(String(depth - 1));
        switch (R.Next(7))
        {
            case 0:
            case 1:
            {
                var member = R.Pick("Contains", "StartsWith", "EndsWith");
                var isChar = R.Chance(30);
                var argument = isChar ? _c.Numbers.Char(depth - 1).Code : NonNull(String(depth - 1)).Code;
                // Only Contains has a char overload with a StringComparison.
                var comparison = (isChar && member != "Contains") || R.Chance(50) ? "" : $", StringComparison.{R.Pick(Comparisons)}";
                return new Expr($"{text}.{member}({argument}{comparison})", FuzzType.Bool, Facts.Unknown);
            }
            case 2:
            {
                var other = String(depth - 1);
                return new Expr(R.Chance(50) ? $"{text}.Equals({other}, StringComparison.{R.Pick(Comparisons)})" : $"string.Equals({text}, {other}, StringComparison.{R.Pick(Comparisons)})", FuzzType.Bool, Facts.Unknown);
            }
            case 3:
                return new Expr($"string.{R.Pick("IsNullOrEmpty", "IsNullOrWhiteSpace")}({String(depth - 1)})", FuzzType.Bool, Facts.Unknown);
            case 4:
                return new Expr($"{text}.{R.Pick("Any", "All")}(char.{R.Pick("IsDigit", "IsLetter", "IsUpper", "IsLower", "IsWhiteSpace", "IsPunctuation")})", FuzzType.Bool, Facts.Unknown);
            case 5:
                return new Expr($"({text} == {String(depth - 1)})", FuzzType.Bool, Facts.Unknown);
            default:
                return new Expr($"{text}.Contains({_c.Numbers.Char(depth - 1)})", FuzzType.Bool, Facts.Unknown);
        }
    }

    /// <summary>Every separator the joins use, for the collection generator's string.Join.</summary>
    public string Separator() => Literal.String(R.Pick(Separators));

    public IReadOnlyList<string> AllTexts => Texts;
}

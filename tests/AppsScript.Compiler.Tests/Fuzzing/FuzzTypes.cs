using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

internal enum Kind
{
    Int, Long, Short, Byte, SByte, UShort, Double, Char, Bool, String,
    List, Array, Dictionary, Set,

    /// <summary>A generated plain-data type (record or class of auto-properties) or class with behaviour.</summary>
    Named,
}

/// <summary>
/// The C# types generated programs use. Collections carry their element type; a dictionary's key is always
/// string (the only key type whose iteration order JavaScript keeps, given non-numeric keys: see Exclusions).
/// </summary>
internal sealed record FuzzType(Kind Kind, FuzzType? Element = null, string? Name = null, bool Nullable = false)
{
    public static readonly FuzzType Int = new(Kind.Int);
    public static readonly FuzzType Long = new(Kind.Long);
    public static readonly FuzzType Short = new(Kind.Short);
    public static readonly FuzzType Byte = new(Kind.Byte);
    public static readonly FuzzType SByte = new(Kind.SByte);
    public static readonly FuzzType UShort = new(Kind.UShort);
    public static readonly FuzzType Double = new(Kind.Double);
    public static readonly FuzzType Char = new(Kind.Char);
    public static readonly FuzzType Bool = new(Kind.Bool);
    public static readonly FuzzType String = new(Kind.String);

    public static readonly FuzzType[] SmallIntegers = { Short, Byte, SByte, UShort };

    public static FuzzType ListOf(FuzzType element) => new(Kind.List, element);

    public static FuzzType ArrayOf(FuzzType element) => new(Kind.Array, element);

    public static FuzzType DictionaryOf(FuzzType value) => new(Kind.Dictionary, value);

    public static FuzzType SetOf(FuzzType element) => new(Kind.Set, element);

    public static FuzzType NamedType(string name) => new(Kind.Named, Name: name);

    public FuzzType AsNullable() => this with { Nullable = true };

    public FuzzType NonNullable => this with { Nullable = false };

    public bool IsIntegral => Kind is Kind.Int or Kind.Long or Kind.Short or Kind.Byte or Kind.SByte or Kind.UShort;

    public bool IsNumeric => IsIntegral || Kind == Kind.Double;

    public bool IsSmallInteger => Kind is Kind.Short or Kind.Byte or Kind.SByte or Kind.UShort;

    public bool IsCollection => Kind is Kind.List or Kind.Array or Kind.Dictionary or Kind.Set;

    /// <summary>A sequence LINQ reads element by element (a dictionary's elements are its key/value pairs).</summary>
    public bool IsSequence => Kind is Kind.List or Kind.Array or Kind.Set;

    public bool IsValueType => IsNumeric || Kind is Kind.Char or Kind.Bool;

    public string CSharp
    {
        get
        {
            var core = Kind switch
            {
                Kind.Int => "int",
                Kind.Long => "long",
                Kind.Short => "short",
                Kind.Byte => "byte",
                Kind.SByte => "sbyte",
                Kind.UShort => "ushort",
                Kind.Double => "double",
                Kind.Char => "char",
                Kind.Bool => "bool",
                Kind.String => "string",
                Kind.List => $"List<{Element!.CSharp}>",
                Kind.Array => $"{Element!.CSharp}[]",
                Kind.Dictionary => $"Dictionary<string, {Element!.CSharp}>",
                Kind.Set => $"HashSet<{Element!.CSharp}>",
                _ => Name!,
            };
            return Nullable ? core + "?" : core;
        }
    }

    public override string ToString() => CSharp;
}

/// <summary>
/// What the generator knows of a value without running it: bounds of an integer or char (its code), bounds and
/// whether NaN is possible for a double, the most elements a collection (or units a string) can have, whether
/// it may be null, and the facts of a collection's elements. The bounds keep default-context arithmetic from
/// overflowing and casts from leaving their range (see Exclusions).
/// </summary>
internal sealed record Facts
{
    public Int128 Low { get; init; }
    public Int128 High { get; init; }
    public double DoubleLow { get; init; } = double.NegativeInfinity;
    public double DoubleHigh { get; init; } = double.PositiveInfinity;
    public bool MayBeNaN { get; init; } = true;
    public int MaxCount { get; init; } = Limits.MaxCollection;
    public bool MayBeNull { get; init; }
    public Facts? Element { get; init; }

    /// <summary>Whether a set or dictionary has had entries removed, after which adding one is ordered differently (Exclusions.Removed).</summary>
    public bool Removed { get; init; }

    public static Facts Integer(Int128 low, Int128 high) => new() { Low = low, High = high, DoubleLow = (double)low, DoubleHigh = (double)high, MayBeNaN = false };

    public static Facts Exactly(Int128 value) => Integer(value, value);

    public static Facts OfDouble(double low, double high, bool nan) => new() { DoubleLow = low, DoubleHigh = high, MayBeNaN = nan, Low = Limits.LongMin, High = Limits.LongMax };

    public static Facts ExactDouble(double value) => double.IsNaN(value)
        ? OfDouble(double.NegativeInfinity, double.PositiveInfinity, true)
        : OfDouble(value, value, false);

    public static readonly Facts Unknown = new() { Low = Limits.LongMin, High = Limits.LongMax };

    public static Facts Sized(int maxCount, Facts? element = null) => new() { MaxCount = maxCount, Element = element };

    /// <summary>The full range of an integral type or char.</summary>
    public static Facts Of(FuzzType type) => type.Kind switch
    {
        Kind.Int => Integer(int.MinValue, int.MaxValue),
        Kind.Long => Integer(Limits.LongMin, Limits.LongMax),
        Kind.Short => Integer(short.MinValue, short.MaxValue),
        Kind.Byte => Integer(byte.MinValue, byte.MaxValue),
        Kind.SByte => Integer(sbyte.MinValue, sbyte.MaxValue),
        Kind.UShort => Integer(ushort.MinValue, ushort.MaxValue),
        Kind.Char => Integer(0, char.MaxValue),
        Kind.Double => OfDouble(double.NegativeInfinity, double.PositiveInfinity, true),
        Kind.String => Sized(Limits.MaxString),
        _ when type.IsCollection => Sized(Limits.MaxCollection, type.Element is { } e ? Of(e) : null),
        _ => Unknown,
    };

    public bool Within(Int128 low, Int128 high) => Low >= low && High <= high;

    public bool Contains(Int128 value) => Low <= value && value <= High;

    public Facts Union(Facts other) => this with
    {
        Low = Int128.Min(Low, other.Low),
        High = Int128.Max(High, other.High),
        DoubleLow = Math.Min(DoubleLow, other.DoubleLow),
        DoubleHigh = Math.Max(DoubleHigh, other.DoubleHigh),
        MayBeNaN = MayBeNaN || other.MayBeNaN,
        MaxCount = Math.Max(MaxCount, other.MaxCount),
        MayBeNull = MayBeNull || other.MayBeNull,
        Element = Element is null ? other.Element : other.Element is null ? Element : Element.Union(other.Element),
        Removed = Removed || other.Removed,
    };

    /// <summary>Whether every value is a finite double inside (low, high): a cast to an integer type then neither saturates nor wraps.</summary>
    public bool DoubleWithin(double low, double high) => !MayBeNaN && DoubleLow > low && DoubleHigh < high;

    public Int128 MaxMagnitude => Int128.Max(Int128.Abs(Low), Int128.Abs(High));
}

/// <summary>
/// An expression: C# text that can stand as an operand or a receiver as it is (anything compound is
/// parenthesised), its type, what is known of its value, and whether C# folds it to a constant (constant
/// expressions are checked when compiling: a constant cast out of range or a constant zero divisor is a C# error).
/// </summary>
internal sealed record Expr(string Code, FuzzType Type, Facts Facts, bool IsConstant = false)
{
    /// <summary>Whether the text may be written twice in one statement: not when it declares an out variable.</summary>
    public bool Duplicable => !Code.Contains(" out var ", StringComparison.Ordinal);

    /// <summary>This expression if it can be written twice, else the simpler one made instead.</summary>
    public Expr Reusable(Func<Expr> simpler) => Duplicable ? this : simpler();

    public override string ToString() => Code;
}

/// <summary>Bounds the generator keeps values within.</summary>
internal static class Limits
{
    /// <summary>JavaScript numbers hold integers exactly up to 2^53 (README: "long values beyond 2^53 lose precision").</summary>
    public static readonly Int128 LongMax = (Int128)1 << 53;

    public static readonly Int128 LongMin = -((Int128)1 << 53);

    public const int MaxString = 100_000;

    public const int MaxCollection = 10_000;

    public static Int128 Min(FuzzType type) => Facts.Of(type).Low;

    public static Int128 Max(FuzzType type) => Facts.Of(type).High;
}

/// <summary>C# spellings of literal values.</summary>
internal static class Literal
{
    public static string Int(Int128 value) => value == int.MinValue ? "int.MinValue" : value < 0 ? $"({value})" : value.ToString(CultureInfo.InvariantCulture);

    public static string Long(Int128 value) => value < 0 ? $"({value}L)" : value.ToString(CultureInfo.InvariantCulture) + "L";

    public static string Double(double value)
    {
        if (double.IsNaN(value)) return "double.NaN";
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E')) text += ".0";
        return value < 0 || (value == 0 && double.IsNegative(value)) ? $"({(value == 0 ? "-0.0" : text)})" : text;
    }

    public static string Char(char value) => "'" + Escape(value.ToString(), '\'') + "'";

    public static string String(string value) => "\"" + Escape(value, '"') + "\"";

    /// <summary>C# escapes that keep the source ASCII, so a minimised program reads the same anywhere.</summary>
    private static string Escape(string text, char quote) => string.Concat(text.Select(c => c switch
    {
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ when c == quote => "\\" + c,
        _ when c < 0x20 || c > 0x7e => $"\\u{(int)c:x4}",
        _ => c.ToString(),
    }));
}

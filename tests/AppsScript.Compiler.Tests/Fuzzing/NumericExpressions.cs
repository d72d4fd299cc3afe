using System;
using System.Linq;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Expressions of every numeric type and char: literals (boundary values included), arithmetic, bitwise and
/// shift operators, conversions between the types, Math, Parse/TryParse/Convert, and values read from strings,
/// collections and generated types. Each result carries its bounds, and an operation whose bounds would leave
/// the type is not generated (Exclusions.Fits), unless the unchecked family is on.
/// </summary>
internal sealed class NumericExpressions
{
    private static readonly int[] InterestingInts = { 0, 1, -1, 2, 7, 10, 42, 100, 255, 256, -128, 1000, 65535, 65536, 46341, 1 << 24, 123456789, int.MaxValue, int.MinValue, int.MaxValue - 1, -1000000 };

    private static readonly long[] InterestingLongs = { 0, 1, -1, 3000000000, 4294967296, -4294967296, 1L << 40, 9007199254740991, -9007199254740991, 9007199254740992, 1234567890123, 999999999999 };

    private static readonly double[] InterestingDoubles =
    {
        0.0, -0.0, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, -2.5, 3.5, 0.125, 1.005, 2.675, 4.35, 1.0 / 3, 2.0 / 3, 100.0, 1e-7, 1.5e-5, 0.0001, 123456.789,
        1e15, 1e16, 1e21, 1.7976931348623157E+308, 5e-324, 2.2250738585072014E-308, 9007199254740993.0, 0.30000000000000004, 1234.5, -1234.5,
        999999.5, 0.045, 1e-10, 12345678901234567890.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -1e-300, 6.02214076e23,
    };

    /// <summary>Strings integer parsing and Convert read: valid, signed, padded, out of range and invalid.</summary>
    private static readonly string[] IntegerTexts = { "0", "42", "-17", "+5", " 12 ", "2147483647", "2147483648", "-2147483648", "007", "1,000", "1.5", "", " ", "abc", "0x1F", "1e3", "\u0663", "-0", "9007199254740993", "-", "12a" };

    /// <summary>Integer texts a long can read exactly: none beyond 2^53 (Exclusions.Fits).</summary>
    private static readonly string[] LongTexts = IntegerTexts.Where(t => !(long.TryParse(t, out var value) && Int128.Abs(value) > Limits.LongMax)).ToArray();

    private static readonly string[] DoubleTexts = { "0", "1.5", "-2.25", "1e3", "1E-5", ".5", "5.", "1,234.5", "NaN", "Infinity", "-Infinity", "\u221e", " 3.25 ", "abc", "", "0.1", "1e400", "-0", "0x10", "1_000", "+7.5", "123456789012345678901234567890" };

    private readonly CaseContext _c;

    public NumericExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    /// <summary>An expression of exactly the type.</summary>
    public Expr Of(FuzzType type, int depth) => _c.Of(type, depth);

    // ---- int ----

    public Expr Int(int depth)
    {
        if (depth <= 0 || R.Chance(20)) return IntLeaf();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var expr = R.Weighted<Func<int, Expr?>>(
                (14, IntArithmetic),
                (6, d => Division(FuzzType.Int, d)),
                (3, IntUnary),
                (4, IntBitwise),
                (3, IntShift),
                (5, IntConversion),
                (6, d => MathOf(FuzzType.Int, d)),
                (4, d => Conditional(FuzzType.Int, d)),
                (3, d => CompareTo(d)),
                (3, IntParse),
                (3, Lifted),
                (8, d => _c.Strings.IntFrom(d)),
                (8, d => _c.Collections.IntFrom(d)),
                (3, d => _c.OrderingAndFormats.IntFrom(d)),
                (2, d => _c.RegexQueuesAndCodecs.IntFrom(d)),
                (2, d => _c.KeyedDictionaries.IntFrom(d)),
                (4, d => _c.Data.ValueFrom(FuzzType.Int, d)),
                (2, d => _c.Values.IntFrom(d)),
                (4, d => _c.Members.ValueFrom(FuzzType.Int, d)),
                // checked throws OverflowException: not in total code.
                (_c.Checked && !_c.Total ? 1 : 0, d => CheckedArithmetic(FuzzType.Int, d)),
                (_c.Refusing ? 1 : 0, _ => Refused()))(depth);
            if (expr is not null) return expr;
        }
        return IntLeaf();
    }

    private Expr IntLeaf()
    {
        if (R.Chance(75) && _c.VariableOf(FuzzType.Int) is { } variable) return variable.Read;
        var value = R.Chance(60) ? R.Between(-20, 100) : R.Pick(InterestingInts);
        return new Expr(Literal.Int(value), FuzzType.Int, Facts.Exactly(value), true);
    }

    /// <summary>An operand of int arithmetic: an int, or a small integer or char, which C# widens to int.</summary>
    private Expr IntOperand(int depth) => R.Next(10) switch
    {
        < 7 => Int(depth),
        < 9 => Small(R.Pick(FuzzType.SmallIntegers), depth),
        _ => Char(depth),
    };

    private Expr? IntArithmetic(int depth) => Arithmetic(FuzzType.Int, IntOperand(depth - 1), IntOperand(depth - 1));

    /// <summary>a + b, a - b, a * b in the result type, when the bounds fit (or, with unchecked on, wrapped).</summary>
    private Expr? Arithmetic(FuzzType type, Expr a, Expr b, string? chosen = null)
    {
        var op = chosen ?? R.Pick("+", "-", "*");
        var corners = op switch
        {
            "+" => new[] { a.Facts.Low + b.Facts.Low, a.Facts.High + b.Facts.High },
            "-" => new[] { a.Facts.Low - b.Facts.High, a.Facts.High - b.Facts.Low },
            _ => new[] { a.Facts.Low * b.Facts.Low, a.Facts.Low * b.Facts.High, a.Facts.High * b.Facts.Low, a.Facts.High * b.Facts.High },
        };
        var (low, high) = (corners.Min(), corners.Max());
        var constant = a.IsConstant && b.IsConstant;
        if (Exclusions.Fits(type, low, high)) return new Expr($"({a} {op} {b})", type, Facts.Integer(low, high), constant);
        // A constant expression that overflows is a C# error even inside unchecked when it is the whole
        // constant: keep unchecked to run-time values.
        // Unchecked long arithmetic is refused (GAS1001: JavaScript numbers cannot wrap at 64 bits).
        if (_c.Unchecked && !constant && (type.Kind != Kind.Long || _c.Refusing)) return new Expr($"unchecked({a} {op} {b})", type, Facts.Of(type));
        return null;
    }

    /// <summary>checked(a op b), which throws OverflowException outside the type in both.</summary>
    private Expr? CheckedArithmetic(FuzzType type, int depth)
    {
        var a = Of(type, depth - 1);
        var b = Of(type, depth - 1);
        // A constant that overflows in checked context is a C# error, not a run-time one.
        if (a.IsConstant && b.IsConstant) return null;
        return new Expr($"checked({a} {R.Pick("+", "-", "*")} {b})", type, Facts.Of(type));
    }

    /// <summary>Constructs outside the subset, to exercise the refusal path: each is a coded error (GAS1019, GAS1001).</summary>
    private Expr Refused() => R.Chance(50)
        ? new Expr($"((int)(decimal){IntLeaf()})", FuzzType.Int, Facts.Of(FuzzType.Int))
        : new Expr($"((int)(uint){R.Between(0, 100)})", FuzzType.Int, Facts.Integer(0, 100));

    /// <summary>a / b and a % b: a constant divisor is never zero (C# error CS0020); a variable one may be, and throws.</summary>
    private Expr? Division(FuzzType type, int depth)
    {
        var a = type.Kind == Kind.Long ? LongOperand(depth - 1) : IntOperand(depth - 1);
        var b = type.Kind == Kind.Long ? LongOperand(depth - 1) : IntOperand(depth - 1);
        if (b.Facts.Contains(0) && (b.IsConstant || _c.Total || R.Chance(80)))
        {
            // Mostly divide by something non-zero, so that the rest of the case runs: an odd value (x | 1), or a literal.
            if (!b.IsConstant && b.Type.Kind != Kind.Long && R.Chance(50))
            {
                b = new Expr($"({b} | 1)", FuzzType.Int, b.Facts.Low >= 0 ? Facts.Integer(1, b.Facts.High + 1) : Facts.Integer(int.MinValue, int.MaxValue));
            }
            else
            {
                var divisor = R.Pick(2, 3, 7, -5, 10, 1000, -1);
                b = new Expr(Literal.Int(divisor), FuzzType.Int, Facts.Exactly(divisor), true);
            }
        }
        if (type.Kind == Kind.Long && a.Type.Kind != Kind.Long && b.Type.Kind != Kind.Long) a = Long(depth - 1);
        if (Exclusions.DivisionOverflows(type, a.Facts, b.Facts)) return null;
        var op = R.Pick("/", "%");
        var magnitude = a.Facts.MaxMagnitude;
        Facts facts;
        if (op == "/")
        {
            facts = a.Facts.Low >= 0 && b.Facts.Low >= 0 ? Facts.Integer(0, magnitude) : Facts.Integer(-magnitude, magnitude);
        }
        else
        {
            var bound = Int128.Min(magnitude, Int128.Max(b.Facts.MaxMagnitude - 1, 0));
            facts = a.Facts.Low >= 0 ? Facts.Integer(0, bound) : a.Facts.High <= 0 ? Facts.Integer(-bound, 0) : Facts.Integer(-bound, bound);
        }
        return new Expr($"({a} {op} {b})", type, facts, a.IsConstant && b.IsConstant);
    }

    /// <summary>
    /// An int? that is null or not, and what C# makes of it: ?? a fallback, GetValueOrDefault, and lifted
    /// arithmetic, null when an operand is.
    /// </summary>
    private Expr? Lifted(int depth)
    {
        var a = Int(depth - 1);
        var maybe = $"({_c.Bools.Bool(depth - 1)} ? null : (int?){a})";
        var fallback = IntLeaf();
        switch (R.Next(4))
        {
            case 0:
                return new Expr($"({maybe} ?? {fallback})", FuzzType.Int, a.Facts.Union(fallback.Facts));
            case 1:
                return R.Chance(50)
                    ? new Expr($"{maybe}.GetValueOrDefault({fallback})", FuzzType.Int, a.Facts.Union(fallback.Facts))
                    : new Expr($"{maybe}.GetValueOrDefault()", FuzzType.Int, a.Facts.Union(Facts.Exactly(0)));
            default:
            {
                var b = Int(depth - 1);
                var op = R.Pick("+", "-", "*");
                var first = R.Chance(50);
                // The bounds are those of the same operation on the values; an operation that might overflow is not made lifted.
                if (Arithmetic(FuzzType.Int, first ? a : b, first ? b : a, op) is not { } result || result.Code.StartsWith("unchecked", StringComparison.Ordinal)) return null;
                var lifted = first ? $"({maybe} {op} {b})" : $"({b} {op} {maybe})";
                return new Expr($"({lifted} ?? {fallback})", FuzzType.Int, result.Facts.Union(fallback.Facts));
            }
        }
    }

    private Expr? IntUnary(int depth)
    {
        var a = Int(depth - 1);
        if (R.Chance(60))
        {
            if (Exclusions.AbsOverflows(FuzzType.Int, a.Facts)) return null;
            return new Expr($"(-{a})", FuzzType.Int, Facts.Integer(-a.Facts.High, -a.Facts.Low), a.IsConstant);
        }
        return new Expr($"(~{a})", FuzzType.Int, Facts.Integer(-a.Facts.High - 1, -a.Facts.Low - 1), a.IsConstant);
    }

    private Expr IntBitwise(int depth)
    {
        var a = IntOperand(depth - 1);
        var b = IntOperand(depth - 1);
        var op = R.Pick("&", "|", "^");
        var facts = Facts.Of(FuzzType.Int);
        if (a.Facts.Low >= 0 && b.Facts.Low >= 0)
        {
            var high = Int128.Max(a.Facts.High, b.Facts.High);
            var mask = (Int128)1;
            while (mask <= high) mask <<= 1;
            facts = op == "&" ? Facts.Integer(0, Int128.Min(a.Facts.High, b.Facts.High)) : Facts.Integer(0, mask - 1);
        }
        return new Expr($"({a} {op} {b})", FuzzType.Int, facts, a.IsConstant && b.IsConstant);
    }

    /// <summary>Shifts wrap in both languages (C# masks the count by 31, as JavaScript does), so any operands will do.</summary>
    private Expr IntShift(int depth)
    {
        var a = IntOperand(depth - 1);
        var op = R.Pick("<<", ">>", ">>>");
        var count = R.Chance(70) ? new Expr(R.Between(0, 40).ToString(), FuzzType.Int, Facts.Exactly(0), true) : Int(depth - 1);
        var facts = Facts.Of(FuzzType.Int);
        if (op != "<<" && a.Facts.Low >= 0) facts = Facts.Integer(0, a.Facts.High);
        else if (op == ">>") facts = Facts.Integer(Int128.Min(a.Facts.Low, 0), Int128.Max(a.Facts.High, 0));
        return new Expr($"({a} {op} {count})", FuzzType.Int, facts, a.IsConstant && count.IsConstant);
    }

    /// <summary>(int) of a long (wraps), a double (in range unless that family is on), a small integer or a char.</summary>
    private Expr? IntConversion(int depth)
    {
        switch (R.Next(4))
        {
            case 0:
            {
                var value = Long(depth - 1);
                var fits = value.Facts.Within(int.MinValue, int.MaxValue);
                if (!fits && value.IsConstant) return null;
                return new Expr($"((int){value})", FuzzType.Int, fits ? value.Facts : Facts.Of(FuzzType.Int), value.IsConstant);
            }
            case 1:
                return FromDouble(FuzzType.Int, depth);
            case 2:
            {
                var value = Small(R.Pick(FuzzType.SmallIntegers), depth - 1);
                return new Expr($"((int){value})", FuzzType.Int, value.Facts, value.IsConstant);
            }
            default:
            {
                var value = Char(depth - 1);
                return new Expr($"((int){value})", FuzzType.Int, value.Facts, value.IsConstant);
            }
        }
    }

    /// <summary>
    /// A double cast to an integer type truncates in both languages while in range; out of range or NaN, .NET
    /// saturates (in the cases of <see cref="CaseContext.OutOfRangeCasts"/>).
    /// </summary>
    private Expr? FromDouble(FuzzType type, int depth)
    {
        var value = Double(depth - 1);
        var (min, max) = (Limits.Min(type), Limits.Max(type));
        if (value.Facts.DoubleWithin((double)min - 1, (double)max + 1))
        {
            var facts = Facts.Integer((Int128)Math.Truncate(value.Facts.DoubleLow), (Int128)Math.Truncate(value.Facts.DoubleHigh));
            return new Expr($"(({type}){value})", type, facts, value.IsConstant);
        }
        if (!_c.OutOfRangeCasts || value.IsConstant) return null;
        if (type.Kind != Kind.Long) return new Expr($"(({type}){value})", type, Facts.Of(type));
        // A long saturates at ±2^63, which JavaScript cannot hold exactly (README: "long values beyond 2^53 lose
        // precision"): only NaN (0) is out of range here.
        if (!(value.Facts.DoubleLow > (double)Limits.LongMin && value.Facts.DoubleHigh < (double)Limits.LongMax)) return null;
        var truncated = Facts.Integer((Int128)Math.Truncate(value.Facts.DoubleLow), (Int128)Math.Truncate(value.Facts.DoubleHigh)).Union(Facts.Exactly(0));
        return new Expr($"(({type}){value})", type, truncated);
    }

    /// <summary>Math.Abs, Max, Min, Clamp and Sign over the type (Sign of a double too, which throws for NaN).</summary>
    private Expr? MathOf(FuzzType type, int depth)
    {
        var a = Of(type, depth - 1);
        switch (R.Next(5))
        {
            case 0:
                if (Exclusions.AbsOverflows(type, a.Facts)) return null;
                var absLow = a.Facts.Low >= 0 ? a.Facts.Low : a.Facts.High <= 0 ? -a.Facts.High : 0;
                return new Expr($"Math.Abs({a})", type, Facts.Integer(absLow, a.Facts.MaxMagnitude));
            case 1:
            case 2:
            {
                var b = Of(type, depth - 1);
                var max = R.Chance(50);
                var facts = max
                    ? Facts.Integer(Int128.Max(a.Facts.Low, b.Facts.Low), Int128.Max(a.Facts.High, b.Facts.High))
                    : Facts.Integer(Int128.Min(a.Facts.Low, b.Facts.Low), Int128.Min(a.Facts.High, b.Facts.High));
                return new Expr($"Math.{(max ? "Max" : "Min")}({a}, {b})", type, facts);
            }
            case 3:
            {
                var low = R.Between(-50, 50);
                // A minimum above the maximum throws ArgumentException; total code keeps them in order.
                var high = R.Chance(95) || _c.Total ? low + R.Between(0, 200) : low - R.Between(1, 5);
                var (l, h) = type.Kind == Kind.Long ? (Literal.Long(low), Literal.Long(high)) : (Literal.Int(low), Literal.Int(high));
                return new Expr($"Math.Clamp({a}, {l}, {h})", type, Facts.Integer(Int128.Min(low, high), Int128.Max(low, high)));
            }
            default:
            {
                var value = R.Next(3) switch { 0 => Double(depth - 1), 1 => Long(depth - 1), _ => a };
                // Math.Sign(double.NaN) throws ArithmeticException.
                if (_c.Total && value.Type.Kind == Kind.Double && value.Facts.MayBeNaN) value = a;
                // Sign is an int: a long is wanted as one.
                return new Expr(type.Kind == Kind.Long ? $"((long)Math.Sign({value}))" : $"Math.Sign({value})", type, Facts.Integer(-1, 1));
            }
        }
    }

    private Expr Conditional(FuzzType type, int depth)
    {
        var condition = _c.Bools.Bool(depth - 1);
        var a = Of(type, depth - 1);
        var b = Of(type, depth - 1);
        return new Expr($"({condition} ? {a} : {b})", type, a.Facts.Union(b.Facts), condition.IsConstant && a.IsConstant && b.IsConstant);
    }

    /// <summary>CompareTo of numbers, chars and strings: a sign for numbers, an ordinal difference for strings under invariant globalization.</summary>
    private Expr CompareTo(int depth)
    {
        var type = R.Pick(FuzzType.Int, FuzzType.Long, FuzzType.Double, FuzzType.Char, FuzzType.String, FuzzType.Short, FuzzType.Byte);
        // A null string's CompareTo throws NullReferenceException (a nullable warning): the receiver is never null.
        var a = type.Kind == Kind.String ? StringExpressions.NonNull(_c.Of(type, depth - 1)) : _c.Of(type, depth - 1);
        var b = _c.Of(type, depth - 1);
        // int, long and double give a sign; the narrower types and char their difference; strings an ordinal difference.
        var bound = type.Kind switch
        {
            Kind.String => (Int128)(Limits.MaxString + char.MaxValue),
            Kind.Char or Kind.Short => char.MaxValue,
            Kind.Byte => byte.MaxValue,
            _ => 1,
        };
        return new Expr($"{a}.CompareTo({b})", FuzzType.Int, Facts.Integer(-bound, bound));
    }

    private Expr IntParse(int depth)
    {
        var text = ParseInput(IntegerTexts, depth);
        if (_c.Total) return TryParse("int", text, IntLeaf());
        return R.Next(4) switch
        {
            0 => new Expr($"int.Parse({text})", FuzzType.Int, Facts.Of(FuzzType.Int)),
            1 => new Expr($"Convert.ToInt32({text})", FuzzType.Int, Facts.Of(FuzzType.Int)),
            2 => new Expr($"Convert.ToInt32({Double(depth - 1)})", FuzzType.Int, Facts.Of(FuzzType.Int)),
            _ => TryParse("int", text, IntLeaf()),
        };
    }

    /// <summary><c>(T.TryParse(text, out var v) ? v : fallback)</c>; the out variable is a fresh name.</summary>
    private Expr TryParse(string type, Expr text, Expr fallback)
    {
        var name = _c.Fresh("parsed");
        var fuzzType = type switch { "int" => FuzzType.Int, "long" => FuzzType.Long, _ => FuzzType.Double };
        var facts = type == "double" ? Facts.Of(FuzzType.Double) : Facts.Of(fuzzType).Union(fallback.Facts);
        return new Expr($"({type}.TryParse({text}, out var {name}) ? {name} : {fallback})", fuzzType, facts);
    }

    /// <summary>Text to parse: a listed input, or a number formatted by .NET and read back.</summary>
    private Expr ParseInput(string[] texts, int depth)
    {
        if (R.Chance(60))
        {
            var text = R.Pick(texts);
            return new Expr(Literal.String(text), FuzzType.String, Facts.Sized(text.Length));
        }
        var value = R.Next(3) switch { 0 => Int(depth - 1), 1 => Long(depth - 1), _ => Double(depth - 1) };
        return new Expr($"{value}.ToString()", FuzzType.String, Facts.Sized(30));
    }

    // ---- long ----

    public Expr Long(int depth)
    {
        if (depth <= 0 || R.Chance(20)) return LongLeaf();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var expr = R.Weighted<Func<int, Expr?>>(
                (12, d => Arithmetic(FuzzType.Long, Long(d - 1), LongOperand(d - 1))),
                (5, d => Division(FuzzType.Long, d)),
                (3, LongUnary),
                (6, d =>
                {
                    var value = Int(d - 1);
                    return new Expr($"((long){value})", FuzzType.Long, value.Facts, value.IsConstant);
                }),
                (3, d => FromDouble(FuzzType.Long, d)),
                (5, d => MathOf(FuzzType.Long, d)),
                (3, d => Conditional(FuzzType.Long, d)),
                (3, LongParse),
                (4, d => _c.Collections.LongFrom(d)),
                (3, d => _c.Data.ValueFrom(FuzzType.Long, d)),
                (3, LongBitwise))(depth);
            if (expr is not null) return expr;
        }
        return LongLeaf();
    }

    private Expr LongLeaf()
    {
        if (R.Chance(70) && _c.VariableOf(FuzzType.Long) is { } variable) return variable.Read;
        long value = R.Chance(50) ? R.Between(-1000, 100000) : R.Pick(InterestingLongs);
        return new Expr(Literal.Long(value), FuzzType.Long, Facts.Exactly(value), true);
    }

    /// <summary>An operand that C# widens to long next to a long.</summary>
    private Expr LongOperand(int depth) => R.Chance(65) ? Long(depth) : IntOperand(depth);

    private Expr? LongUnary(int depth)
    {
        var a = Long(depth - 1);
        if (R.Chance(70)) return new Expr($"(-{a})", FuzzType.Long, Facts.Integer(-a.Facts.High, -a.Facts.Low), a.IsConstant);
        // ~x is -x - 1, so it leaves the exact range where x is 2^53.
        return a.Facts.High < Limits.LongMax ? new Expr($"(~{a})", FuzzType.Long, Facts.Integer(-a.Facts.High - 1, -a.Facts.Low - 1), a.IsConstant) : null;
    }

    /// <summary>
    /// &amp;, |, ^ and shifts on long, which the compiler computes on 64 bits: operands kept to where every result is
    /// exact in JavaScript (within 2^53), the count of &lt;&lt; small, &gt;&gt;&gt; on a value never negative.
    /// </summary>
    private Expr? LongBitwise(int depth)
    {
        var a = Long(depth - 1);
        var half = Limits.LongMax / 2;
        switch (R.Next(4))
        {
            case 0:
            {
                var b = LongOperand(depth - 1);
                if (!a.Facts.Within(-half, half - 1) || !b.Facts.Within(-half, half - 1)) return null;
                var op = R.Pick("&", "|", "^");
                var facts = Facts.Integer(-half, half - 1);
                if (a.Facts.Low >= 0 && b.Facts.Low >= 0)
                {
                    var mask = (Int128)1;
                    while (mask <= Int128.Max(a.Facts.High, b.Facts.High)) mask <<= 1;
                    facts = op == "&" ? Facts.Integer(0, Int128.Min(a.Facts.High, b.Facts.High)) : Facts.Integer(0, mask - 1);
                }
                return new Expr($"({a} {op} {b})", FuzzType.Long, facts, a.IsConstant && b.IsConstant);
            }
            case 1:
            {
                var count = R.Between(0, 8);
                var limit = half >> count;
                if (!a.Facts.Within(-limit, limit)) return null;
                return new Expr($"({a} << {count})", FuzzType.Long, Facts.Integer(a.Facts.Low << count, a.Facts.High << count), a.IsConstant);
            }
            case 2:
            {
                var count = R.Chance(60) ? new Expr(R.Between(0, 70).ToString(), FuzzType.Int, Facts.Exactly(0), true) : Int(depth - 1);
                return new Expr($"({a} >> {count})", FuzzType.Long, Facts.Integer(Int128.Min(a.Facts.Low, 0), Int128.Max(a.Facts.High, 0)), a.IsConstant && count.IsConstant);
            }
            default:
            {
                if (a.Facts.Low < 0) return null;
                var count = R.Between(0, 70);
                return new Expr($"({a} >>> {count})", FuzzType.Long, Facts.Integer(0, a.Facts.High), a.IsConstant);
            }
        }
    }

    private Expr LongParse(int depth)
    {
        var text = ParseInput(LongTexts, depth);
        if (_c.Total) return TryParse("long", text, LongLeaf());
        return R.Next(4) switch
        {
            0 => new Expr($"long.Parse({text})", FuzzType.Long, Facts.Of(FuzzType.Long)),
            1 => new Expr($"Convert.ToInt64({text})", FuzzType.Long, Facts.Of(FuzzType.Long)),
            2 => ConvertToInt64(depth),
            _ => TryParse("long", text, LongLeaf()),
        };
    }

    /// <summary>Convert.ToInt64(double) rounds half to even; beyond 2^53 its result would leave the exact range.</summary>
    private Expr ConvertToInt64(int depth)
    {
        var value = Double(depth - 1);
        var inRange = value.Facts.DoubleWithin(-9007199254740992.0, 9007199254740992.0);
        var facts = Facts.Integer((Int128)Math.Floor(value.Facts.DoubleLow), (Int128)Math.Ceiling(value.Facts.DoubleHigh));
        return inRange ? new Expr($"Convert.ToInt64({value})", FuzzType.Long, facts) : LongLeaf();
    }

    // ---- double ----

    public Expr Double(int depth)
    {
        if (depth <= 0 || R.Chance(20)) return DoubleLeaf();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var expr = R.Weighted<Func<int, Expr?>>(
                (14, DoubleArithmetic),
                (3, d =>
                {
                    var a = Double(d - 1);
                    return new Expr($"(-{a})", FuzzType.Double, a.Facts with { DoubleLow = -a.Facts.DoubleHigh, DoubleHigh = -a.Facts.DoubleLow }, a.IsConstant);
                }),
                (6, d =>
                {
                    var value = R.Chance(60) ? Int(d - 1) : Long(d - 1);
                    return new Expr($"((double){value})", FuzzType.Double, Facts.OfDouble((double)value.Facts.Low, (double)value.Facts.High, false), value.IsConstant);
                }),
                (10, DoubleMath),
                (3, d => Conditional(FuzzType.Double, d)),
                (4, DoubleParse),
                (5, d => _c.Collections.DoubleFrom(d)),
                (3, d => _c.Members.ValueFrom(FuzzType.Double, d)))(depth);
            if (expr is not null) return expr;
        }
        return DoubleLeaf();
    }

    private Expr DoubleLeaf()
    {
        if (R.Chance(70) && _c.VariableOf(FuzzType.Double) is { } variable) return variable.Read;
        var value = R.Chance(40) ? R.Between(-100, 1000) / (double)R.Pick(1, 2, 4, 8, 10, 100, 1000, 3) : R.Pick(InterestingDoubles);
        return new Expr(Literal.Double(value), FuzzType.Double, Facts.ExactDouble(value), true);
    }

    /// <summary>An operand next to a double: a double, or an int or long C# widens.</summary>
    public Expr DoubleOperand(int depth) => R.Next(10) switch
    {
        < 7 => Double(depth),
        < 9 => Int(depth),
        _ => Long(depth),
    };

    private static Facts AsDouble(Expr e) => e.Type.Kind == Kind.Double ? e.Facts : Facts.OfDouble((double)e.Facts.Low, (double)e.Facts.High, false);

    /// <summary>IEEE 754 arithmetic, the same in both languages; bounds are kept for casts back to integers.</summary>
    private Expr DoubleArithmetic(int depth)
    {
        var a = Double(depth - 1);
        var b = DoubleOperand(depth - 1);
        if (R.Chance(50)) (a, b) = (b, a);
        var op = R.Pick("+", "-", "*", "/", "%");
        var (x, y) = (AsDouble(a), AsDouble(b));
        var nan = x.MayBeNaN || y.MayBeNaN;
        double low = double.NegativeInfinity, high = double.PositiveInfinity;
        switch (op)
        {
            case "+":
            case "-":
            case "*":
            {
                Func<double, double, double> f = op switch { "+" => (p, q) => p + q, "-" => (p, q) => p - q, _ => (p, q) => p * q };
                var rights = op == "-" ? new[] { y.DoubleHigh, y.DoubleLow } : new[] { y.DoubleLow, y.DoubleHigh };
                var corners = new[] { f(x.DoubleLow, rights[0]), f(x.DoubleLow, rights[1]), f(x.DoubleHigh, rights[0]), f(x.DoubleHigh, rights[1]) };
                // 0 * infinity and infinity - infinity are NaN; an infinite bound means an infinite value may arise.
                if (corners.Any(double.IsNaN) || op == "*" && (Infinite(x) || Infinite(y))) nan = true;
                else (low, high) = (corners.Min(), corners.Max());
                break;
            }
            case "/":
                if (y.DoubleLow > 0 || y.DoubleHigh < 0)
                {
                    var corners = new[] { x.DoubleLow / y.DoubleLow, x.DoubleLow / y.DoubleHigh, x.DoubleHigh / y.DoubleLow, x.DoubleHigh / y.DoubleHigh };
                    if (corners.Any(double.IsNaN)) nan = true;
                    else (low, high) = (corners.Min(), corners.Max());
                }
                else nan = true;
                break;
            default:
                var magnitude = Math.Max(Math.Abs(x.DoubleLow), Math.Abs(x.DoubleHigh));
                nan |= y.DoubleLow <= 0 && y.DoubleHigh >= 0 || Infinite(x);
                (low, high) = (-magnitude, magnitude);
                break;
        }
        return new Expr($"({a} {op} {b})", FuzzType.Double, Facts.OfDouble(low, high, nan), a.IsConstant && b.IsConstant);
    }

    private static bool Infinite(Facts facts) => double.IsInfinity(facts.DoubleLow) || double.IsInfinity(facts.DoubleHigh);

    /// <summary>Math members that are exact in IEEE 754 (the transcendental ones are excluded: see Exclusions).</summary>
    private Expr DoubleMath(int depth)
    {
        var a = Double(depth - 1);
        var f = a.Facts;
        switch (R.Next(8))
        {
            case 0:
            {
                var name = R.Pick("Floor", "Ceiling", "Truncate", "Round");
                return new Expr($"Math.{name}({a})", FuzzType.Double, f with { DoubleLow = Math.Floor(f.DoubleLow), DoubleHigh = Math.Ceiling(f.DoubleHigh) });
            }
            case 1:
            {
                // .NET accepts 0 to 15 digits; 16 throws ArgumentOutOfRangeException, which the helper must match.
                var digits = R.Chance(95) || _c.Total ? R.Between(0, 6) : R.Pick(10, 15, 16, -1);
                return new Expr($"Math.Round({a}, {Literal.Int(digits)})", FuzzType.Double, f with { DoubleLow = Math.Floor(f.DoubleLow), DoubleHigh = Math.Ceiling(f.DoubleHigh) });
            }
            case 2:
            {
                var mode = R.Pick("ToEven", "AwayFromZero", "ToZero", "ToNegativeInfinity", "ToPositiveInfinity");
                var digits = R.Chance(50) ? $"{R.Between(0, 4)}, " : "";
                return new Expr($"Math.Round({a}, {digits}MidpointRounding.{mode})", FuzzType.Double, f with { DoubleLow = Math.Floor(f.DoubleLow), DoubleHigh = Math.Ceiling(f.DoubleHigh) });
            }
            case 3:
                return new Expr($"Math.Sqrt({a})", FuzzType.Double, Facts.OfDouble(Math.Sqrt(Math.Max(f.DoubleLow, 0)), Math.Sqrt(Math.Max(f.DoubleHigh, 0)), f.MayBeNaN || f.DoubleLow < 0));
            case 4:
                return new Expr($"Math.Abs({a})", FuzzType.Double, f with { DoubleLow = f.DoubleLow >= 0 ? f.DoubleLow : 0, DoubleHigh = Math.Max(Math.Abs(f.DoubleLow), Math.Abs(f.DoubleHigh)) });
            case 5:
            case 6:
            {
                var b = Double(depth - 1);
                var max = R.Chance(50);
                var facts = Facts.OfDouble(
                    max ? Math.Max(f.DoubleLow, b.Facts.DoubleLow) : Math.Min(f.DoubleLow, b.Facts.DoubleLow),
                    max ? Math.Max(f.DoubleHigh, b.Facts.DoubleHigh) : Math.Min(f.DoubleHigh, b.Facts.DoubleHigh),
                    f.MayBeNaN || b.Facts.MayBeNaN);
                return new Expr($"Math.{(max ? "Max" : "Min")}({a}, {b})", FuzzType.Double, facts);
            }
            default:
            {
                var low = R.Between(-10, 10) / 2.0;
                var high = low + R.Between(0, 20) / 4.0;
                return new Expr($"Math.Clamp({a}, {Literal.Double(low)}, {Literal.Double(high)})", FuzzType.Double, Facts.OfDouble(low, high, f.MayBeNaN));
            }
        }
    }

    private Expr DoubleParse(int depth)
    {
        var text = ParseInput(DoubleTexts, depth);
        if (_c.Total) return TryParse("double", text, DoubleLeaf());
        return R.Next(3) switch
        {
            0 => new Expr($"double.Parse({text})", FuzzType.Double, Facts.Of(FuzzType.Double)),
            1 => new Expr($"Convert.ToDouble({text})", FuzzType.Double, Facts.Of(FuzzType.Double)),
            _ => TryParse("double", text, DoubleLeaf()),
        };
    }

    // ---- short, byte, sbyte, ushort ----

    public Expr Small(FuzzType type, int depth)
    {
        if (depth <= 0 || R.Chance(30)) return SmallLeaf(type);
        switch (R.Next(5))
        {
            case 0:
            case 1:
            {
                // An explicit narrowing conversion wraps in C#'s default context, as the compiler's masks do.
                var value = Int(depth - 1);
                var fits = value.Facts.Within(Limits.Min(type), Limits.Max(type));
                if (!fits && value.IsConstant) return SmallLeaf(type);
                return new Expr($"(({type}){value})", type, fits ? value.Facts : Facts.Of(type), value.IsConstant);
            }
            case 2:
                return FromDouble(type, depth) ?? SmallLeaf(type);
            case 3:
            {
                var (a, b) = (Small(type, depth - 1), Small(type, depth - 1));
                var max = R.Chance(50);
                return new Expr($"Math.{(max ? "Max" : "Min")}({a}, {b})", type, a.Facts.Union(b.Facts));
            }
            default:
                return Conditional(type, depth);
        }
    }

    private Expr SmallLeaf(FuzzType type)
    {
        if (R.Chance(70) && _c.VariableOf(type) is { } variable) return variable.Read;
        var (min, max) = ((int)Limits.Min(type), (int)Limits.Max(type));
        var value = R.Chance(50) ? R.Pick(min, max, 0, 1, min + 1, max - 1) : R.Between(min, max);
        return new Expr($"(({type}){Literal.Int(value)})", type, Facts.Exactly(value), true);
    }

    // ---- char ----

    public Expr Char(int depth)
    {
        if (depth <= 0 || R.Chance(30)) return CharLeaf();
        switch (R.Next(5))
        {
            case 0:
            {
                var code = Int(depth - 1);
                if (code.Facts.Within(0, char.MaxValue)) return new Expr($"((char){code})", FuzzType.Char, code.Facts, code.IsConstant);
                var c = CharLeaf();
                var offset = R.Between(-3, 3);
                return c.Facts.Low + offset >= 0 && c.Facts.High + offset <= char.MaxValue
                    ? new Expr($"((char)({c} + {Literal.Int(offset)}))", FuzzType.Char, Facts.Integer(c.Facts.Low + offset, c.Facts.High + offset), c.IsConstant)
                    : c;
            }
            case 1:
                return new Expr($"char.{R.Pick("ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant")}({Char(depth - 1)})", FuzzType.Char, Facts.Of(FuzzType.Char));
            case 2:
                return _c.Strings.CharFrom(depth);
            case 3:
                return Conditional(FuzzType.Char, depth);
            default:
                return CharLeaf();
        }
    }

    private Expr CharLeaf()
    {
        if (R.Chance(60) && _c.VariableOf(FuzzType.Char) is { } variable) return variable.Read;
        var value = R.Pick(Exclusions.CharacterPool);
        return new Expr(Literal.Char(value), FuzzType.Char, Facts.Exactly(value), true);
    }

    /// <summary>A literal initial value for a case's local of a numeric type, char or bool.</summary>
    public Expr Seed(FuzzType type) => type.Kind switch
    {
        Kind.Int => IntLeafLiteral(),
        Kind.Long => LiteralOf(() => LongLeaf()),
        Kind.Double => LiteralOf(() => DoubleLeaf()),
        Kind.Char => LiteralOf(() => CharLeaf()),
        _ when type.IsSmallInteger => LiteralOf(() => SmallLeaf(type)),
        _ => throw new InvalidOperationException($"No seed literal for {type}."),
    };

    private Expr IntLeafLiteral()
    {
        var value = R.Chance(70) ? R.Between(-20, 100) : R.Pick(InterestingInts);
        return new Expr(Literal.Int(value), FuzzType.Int, Facts.Exactly(value), true);
    }

    /// <summary>A leaf that is a literal, not a variable: the leaf makers prefer variables, so ask until they give one.</summary>
    private static Expr LiteralOf(Func<Expr> leaf)
    {
        for (var i = 0; i < 50; i++)
        {
            var expr = leaf();
            if (expr.IsConstant) return expr;
        }
        throw new InvalidOperationException("Generator bug: a leaf maker never gave a literal.");
    }

    /// <summary>An int in [low, high]: a generated one, clamped only when its bounds go beyond.</summary>
    public Expr IntIn(Int128 low, Int128 high, int depth)
    {
        var value = Int(depth);
        if (value.Facts.Within(low, high)) return value;
        if (value.IsConstant) return new Expr(Literal.Int(low), FuzzType.Int, Facts.Exactly(low), true);
        return new Expr($"Math.Clamp({value}, {Literal.Int(low)}, {Literal.Int(high)})", FuzzType.Int, Facts.Integer(low, high));
    }

    /// <summary>A non-negative int below <paramref name="high"/>, for indexes, counts and lengths.</summary>
    public Expr Index(int high, int depth) => IntIn(0, high, depth);

    /// <summary>Any numeric type, for formatting and printing.</summary>
    public Expr AnyNumber(int depth)
    {
        var type = R.Weighted((5, FuzzType.Int), (3, FuzzType.Long), (6, FuzzType.Double), (1, FuzzType.Short), (1, FuzzType.Byte), (1, FuzzType.SByte), (1, FuzzType.UShort));
        return Of(type, depth);
    }
}

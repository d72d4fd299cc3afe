using System;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// bool expressions: comparisons of every numeric type (NaN included), chars and strings, the logical
/// operators (short-circuit and not), string and char tests, collection tests, and parsing.
/// </summary>
internal sealed class BoolExpressions
{
    private static readonly string[] BoolTexts = { "True", "false", " true ", "TRUE", "yes", "1", "", "False\n" };

    private readonly CaseContext _c;

    public BoolExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    public Expr Bool(int depth)
    {
        if (depth <= 0 || R.Chance(15)) return Leaf();
        var expr = R.Weighted<Func<int, Expr?>>(
            (12, Comparison),
            (6, Logical),
            (2, d => new Expr($"(!{Bool(d - 1)})", FuzzType.Bool, Facts.Unknown)),
            (8, d => _c.Strings.BoolFrom(d)),
            (3, CharTest),
            (2, DoubleTest),
            (7, d => _c.Collections.BoolFrom(d)),
            (2, d => _c.RegexQueuesAndCodecs.BoolFrom(d)),
            (2, d => _c.KeyedDictionaries.BoolFrom(d)),
            (2, d => _c.Data.ValueFrom(FuzzType.Bool, d)),
            (2, d => _c.Values.BoolFrom(d)),
            (2, d => _c.Members.ValueFrom(FuzzType.Bool, d)),
            (2, Parse),
            (2, Lifted))(depth);
        return expr ?? Leaf();
    }

    private Expr Leaf()
    {
        if (R.Chance(60) && _c.VariableOf(FuzzType.Bool) is { } variable) return variable.Read;
        return new Expr(R.Chance(50) ? "true" : "false", FuzzType.Bool, Facts.Unknown, true);
    }

    /// <summary>== != &lt; &lt;= &gt; &gt;= between values of one type; the numeric types mix as C# allows.</summary>
    private Expr Comparison(int depth)
    {
        var type = R.Weighted((5, FuzzType.Int), (2, FuzzType.Long), (4, FuzzType.Double), (2, FuzzType.Char), (3, FuzzType.String), (1, FuzzType.Byte), (1, FuzzType.Short), (1, FuzzType.Bool));
        var a = _c.Of(type, depth - 1);
        var b = type.IsNumeric && R.Chance(30) ? _c.Numbers.AnyNumber(depth - 1) : _c.Of(type, depth - 1);
        var op = type.Kind is Kind.String or Kind.Bool ? R.Pick("==", "!=") : R.Pick("==", "!=", "<", "<=", ">", ">=");
        return new Expr($"({a} {op} {b})", FuzzType.Bool, Facts.Unknown, a.IsConstant && b.IsConstant);
    }

    /// <summary>An int? compared: a lifted relational operator is false when either side is null, == null tests it.</summary>
    private Expr Lifted(int depth)
    {
        var maybe = $"({Bool(depth - 1)} ? null : (int?){_c.Numbers.Int(depth - 1)})";
        return R.Chance(30)
            ? new Expr($"({maybe} {R.Pick("==", "!=")} null)", FuzzType.Bool, Facts.Unknown)
            : new Expr($"({maybe} {R.Pick("<", "<=", ">", ">=", "==", "!=")} {_c.Numbers.Int(depth - 1)})", FuzzType.Bool, Facts.Unknown);
    }

    private Expr Logical(int depth)
    {
        var a = Bool(depth - 1);
        var b = Bool(depth - 1);
        var op = R.Pick("&&", "||", "&", "|", "^");
        return new Expr($"({a} {op} {b})", FuzzType.Bool, Facts.Unknown, a.IsConstant && b.IsConstant);
    }

    private Expr CharTest(int depth)
    {
        var test = R.Pick("IsDigit", "IsLetter", "IsLetterOrDigit", "IsWhiteSpace", "IsUpper", "IsLower", "IsPunctuation", "IsSurrogate", "IsAsciiDigit", "IsAsciiLetterUpper", "IsAsciiLetterLower");
        return new Expr($"char.{test}({_c.Numbers.Char(depth - 1)})", FuzzType.Bool, Facts.Unknown);
    }

    private Expr DoubleTest(int depth)
    {
        var test = R.Pick("IsNaN", "IsInfinity", "IsFinite", "IsPositiveInfinity", "IsNegativeInfinity");
        return new Expr($"double.{test}({_c.Numbers.Double(depth - 1)})", FuzzType.Bool, Facts.Unknown);
    }

    private Expr Parse(int depth)
    {
        var text = R.Chance(70) ? Literal.String(R.Pick(BoolTexts)) : $"{Bool(depth - 1)}.ToString()";
        if (R.Chance(50) && !_c.Total) return new Expr($"bool.Parse({text})", FuzzType.Bool, Facts.Unknown);
        var name = _c.Fresh("flag");
        return new Expr($"(bool.TryParse({text}, out var {name}) ? {name} : {(R.Chance(50) ? "true" : "false")})", FuzzType.Bool, Facts.Unknown);
    }
}

using System;

namespace AppsScript.Compiler.Tests.Fuzzing;

/// <summary>
/// Library members over generated values: Queue and Stack made from a list and read back (order, Peek, Pop,
/// Contains, Count), Enum.Parse/TryParse round trips of DayOfWeek names and numbers, Base64 and UTF-8 round trips,
/// and regular expressions from a list of constant patterns applied to generated text (IsMatch, Match and its
/// groups, Matches, Replace, Split). Peek, Pop, Parse and FromBase64String of listed text may throw: not in total code.
/// </summary>
internal sealed class RegexQueueAndCodecExpressions
{
    private static readonly string[] Patterns =
    {
        @"\d+", @"\w+", @"\s+", @"[aeiou]", @"(\w)(\d)", @"^\w", @"\w$", @"\b\w", @"(?<word>[a-z]+)", @"x*", @"a|b|", @"[^a-z]+", @".", @"(?i)[A-F]+",
        @"(\d+)-(?<tail>\d*)", @"\p{Lu}", @"(?<=a)b", @"\S+?", @"[\u00e0-\u00ff]", @"$", @"^", @"\W",
    };

    private static readonly string[] Replacements = { "", "-", "$0", "$1", "[$&]", "${word}", "$$", "<$2>", "${tail}$1", "$`", "$'" };

    private static readonly string[] DayTexts =
    {
        "Monday", "monday", " Friday ", "SUNDAY", "3", " 6 ", "7", "-1", "Monday, Friday", "Tuesday,", "", "Someday", "+2", "2147483648",
    };

    private static readonly string[] Base64Texts = { "", "QQ==", "QUI=", "QUJD", "Q Q==", "QQ", "QQ===", "!!!!", "4pyTIOKckw==", "/+8=" };

    private readonly CaseContext _c;

    public RegexQueueAndCodecExpressions(CaseContext context) => _c = context;

    private FuzzRandom R => _c.Random;

    private string Text(int depth) => StringExpressions.NonNull(_c.Strings.String(depth - 1)).Code;

    private string Pattern() => "@\"" + R.Pick(Patterns).Replace("\"", "\"\"") + "\"";

    private string Ints(int depth) => _c.Of(FuzzType.ListOf(FuzzType.Int), depth - 1).Code;

    public Expr? StringFrom(int depth)
    {
        if (depth <= 0) return null;
        var total = _c.Total;
        return R.Next(total ? 7 : 10) switch
        {
            0 => new Expr($"string.Join(\",\", new Queue<int>({Ints(depth)}))", FuzzType.String, Facts.Sized(Limits.MaxString)),
            1 => new Expr($"string.Join(\",\", new Stack<int>({Ints(depth)}).Reverse())", FuzzType.String, Facts.Sized(Limits.MaxString)),
            2 => TryParseDay(),
            3 => new Expr($"Convert.ToBase64String(Encoding.UTF8.GetBytes({Text(depth)}))", FuzzType.String, Facts.Sized(Limits.MaxString)),
            4 => new Expr($"Encoding.UTF8.GetString(Convert.FromBase64String(Convert.ToBase64String(Encoding.UTF8.GetBytes({Text(depth)}))))", FuzzType.String, Facts.Sized(Limits.MaxString)),
            5 => new Expr($"Regex.Replace({Text(depth)}, {Pattern()}, \"{R.Pick(Replacements)}\")", FuzzType.String, Facts.Sized(Limits.MaxString)),
            6 => new Expr($"string.Join(\"|\", Regex.Split({Text(depth)}, {Pattern()}))", FuzzType.String, Facts.Sized(Limits.MaxString)),
            7 => new Expr($"Enum.Parse<DayOfWeek>(\"{R.Pick(DayTexts)}\", {(R.Chance(50) ? "true" : "false")}).ToString()", FuzzType.String, Facts.Sized(20)),
            8 => new Expr($"string.Join(\",\", Convert.FromBase64String(\"{R.Pick(Base64Texts)}\"))", FuzzType.String, Facts.Sized(100)),
            _ => R.Chance(50)
                ? new Expr($"new Stack<string>(new[] {{ {Text(depth)} }}).Pop()", FuzzType.String, Facts.Sized(Limits.MaxString))
                : new Expr("new Queue<string>().Peek()", FuzzType.String, Facts.Sized(0)),
        };
    }

    public Expr? IntFrom(int depth)
    {
        if (depth <= 0) return null;
        return R.Next(5) switch
        {
            0 => new Expr($"new Queue<int>({Ints(depth)}).Count", FuzzType.Int, Facts.Integer(0, Limits.MaxCollection)),
            1 => new Expr($"Regex.Matches({Text(depth)}, {Pattern()}).Count", FuzzType.Int, Facts.Integer(0, Limits.MaxString + 1)),
            2 => new Expr($"Regex.Match({Text(depth)}, {Pattern()}).Index", FuzzType.Int, Facts.Integer(0, Limits.MaxString)),
            3 => new Expr($"Regex.Match({Text(depth)}, {Pattern()}).Groups[{R.Between(0, 3)}].Length", FuzzType.Int, Facts.Integer(0, Limits.MaxString)),
            _ => new Expr($"new Stack<int>({Ints(depth)}).FirstOrDefault()", FuzzType.Int, Facts.Of(FuzzType.Int)),
        };
    }

    public Expr? BoolFrom(int depth)
    {
        if (depth <= 0) return null;
        return R.Next(4) switch
        {
            0 => new Expr($"Regex.IsMatch({Text(depth)}, {Pattern()})", FuzzType.Bool, Facts.Unknown),
            1 => new Expr($"new Stack<int>({Ints(depth)}).Contains({_c.Of(FuzzType.Int, depth - 1)})", FuzzType.Bool, Facts.Unknown),
            2 => new Expr($"Enum.IsDefined((DayOfWeek){_c.Of(FuzzType.Int, depth - 1)})", FuzzType.Bool, Facts.Unknown),
            _ => new Expr($"new Queue<int>({Ints(depth)}).TryPeek(out _)", FuzzType.Bool, Facts.Unknown),
        };
    }

    /// <summary><c>(Enum.TryParse&lt;DayOfWeek&gt;(text, ignoreCase, out var day) ? day : DayOfWeek.Sunday).ToString()</c>; the out variable is a fresh name.</summary>
    private Expr TryParseDay()
    {
        var name = _c.Fresh("day");
        var text = R.Chance(70) ? $"\"{R.Pick(DayTexts)}\"" : Text(1);
        return new Expr($"(Enum.TryParse<DayOfWeek>({text}, {(R.Chance(50) ? "true" : "false")}, out var {name}) ? {name} : DayOfWeek.Saturday).ToString()", FuzzType.String, Facts.Sized(20));
    }
}

using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Char, a one-unit JS string. The category tests use Unicode property classes, as .NET's use the
/// Unicode categories; case mapping is .NET's simple one (see toUpperInvariant_).
/// </summary>
internal static class CharReplacements
{
    private static readonly (string Member, string Helper)[] Tests =
    {
        ("IsDigit", "isDigit_"), ("IsLetter", "isLetter_"), ("IsLetterOrDigit", "isLetterOrDigit_"), ("IsWhiteSpace", "isWhiteSpace_"),
        ("IsUpper", "isUpper_"), ("IsLower", "isLower_"), ("IsPunctuation", "isPunctuation_"),
    };

    public static void Register(ReplacementTable table)
    {
        foreach (var (member, helper) in Tests)
        {
            table.Add($"M:System.Char.{member}(System.Char)", call => call.Helper(helper, call.Arg(0)));
            table.Add($"M:System.Char.{member}(System.String,System.Int32)", call => call.Helper(helper, new JsIndex(call.Arg(0), call.Arg(1))));
        }
        table.Add(new[] { "M:System.Char.ToUpper(System.Char)", "M:System.Char.ToUpperInvariant(System.Char)" }, call => call.Helper("toUpperInvariant_", call.Arg(0)));
        table.Add(new[] { "M:System.Char.ToLower(System.Char)", "M:System.Char.ToLowerInvariant(System.Char)" }, call => call.Helper("toLowerInvariant_", call.Arg(0)));
        table.Add(new[] { "M:System.Char.ToString", "M:System.Char.ToString(System.IFormatProvider)" }, call => call.Receiver);
        table.Add("M:System.Char.ToString(System.Char)", call => call.Arg(0));
        table.Add(new[] { "M:System.Char.Equals(System.Char)", "M:System.Char.Equals(System.Object)" }, call => new JsBinary("===", call.Receiver, call.Arg(0)));
        table.Add("M:System.Char.IsSurrogate(System.Char)", call => InRange(call, '\ud800', '\udfff'));
        table.Add("M:System.Char.IsHighSurrogate(System.Char)", call => InRange(call, '\ud800', '\udbff'));
        table.Add("M:System.Char.IsLowSurrogate(System.Char)", call => InRange(call, '\udc00', '\udfff'));
        table.Add("M:System.Char.IsAsciiDigit(System.Char)", call => InRange(call, '0', '9'));
        table.Add("M:System.Char.IsAsciiLetterUpper(System.Char)", call => InRange(call, 'A', 'Z'));
        table.Add("M:System.Char.IsAsciiLetterLower(System.Char)", call => InRange(call, 'a', 'z'));
    }

    private static JsExpression InRange(BclCall call, char low, char high)
    {
        var (first, again) = call.Body.Reuse(call.Arg(0), "c");
        return new JsBinary("&&", new JsBinary(">=", first, new JsStringLiteral(low.ToString())), new JsBinary("<=", again, new JsStringLiteral(high.ToString())));
    }
}

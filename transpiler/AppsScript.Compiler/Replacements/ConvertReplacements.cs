using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Convert between numbers, strings and bools, and bytes to and from Base64 (in helpers rather than
/// Apps Script's Utilities, so that the same code runs anywhere, with .NET's FormatException for bad text). Unlike a cast, Convert.ToInt32(double) rounds a
/// midpoint to even and checks the range; Convert of a null string is 0 (or false) where Parse throws.
/// </summary>
internal static class ConvertReplacements
{
    private const string C = "System.Convert";

    private static readonly string[] Displayed =
    {
        "System.Int32", "System.Int64", "System.Double", "System.Boolean", "System.Char", "System.Object", "System.Int16", "System.Byte",
    };

    public static void Register(ReplacementTable table)
    {
        table.Add($"M:{C}.ToInt32(System.Double)", call => call.Helper("convertToInt32_", call.Arg(0)));
        table.Add($"M:{C}.ToInt64(System.Double)", call => call.Helper("convertToInt64_", call.Arg(0)));
        table.Add(new[] { $"M:{C}.ToInt32(System.Int32)", $"M:{C}.ToInt64(System.Int64)", $"M:{C}.ToInt64(System.Int32)", $"M:{C}.ToDouble(System.Double)", $"M:{C}.ToDouble(System.Int32)", $"M:{C}.ToDouble(System.Int64)" },
            call => call.Arg(0));
        table.Add(new[] { $"M:{C}.ToInt32(System.Boolean)", $"M:{C}.ToInt64(System.Boolean)", $"M:{C}.ToDouble(System.Boolean)" },
            call => new JsConditional(call.Arg(0), new JsNumberLiteral(1), new JsNumberLiteral(0)));
        table.Add(new[] { $"M:{C}.ToInt32(System.Char)", $"M:{C}.ToInt64(System.Char)" }, call => Conversions.CharCode(call.Arg(0)));
        table.Add($"M:{C}.ToInt32(System.String)", call => call.Helper("parseInteger_", OrText(call, "0"), new JsNumberLiteral(32)));
        table.Add($"M:{C}.ToInt64(System.String)", call => call.Helper("parseInteger_", OrText(call, "0"), new JsNumberLiteral(64)));
        table.Add($"M:{C}.ToDouble(System.String)", call => call.Helper("parseDouble_", OrText(call, "0")));
        table.Add($"M:{C}.ToBoolean(System.String)", call => call.Helper("parseBoolean_", OrText(call, "False")));

        foreach (var type in Displayed)
        {
            table.Add($"M:{C}.ToString({type})", call => Strings.Display(call.ArgumentOperation(0)!, call.Body));
        }
        table.Add($"M:{C}.ToString(System.String)", call => call.Arg(0));

        table.Add($"M:{C}.ToBase64String(System.Byte[])", call => call.Helper("toBase64_", call.Arg(0)));
        table.Add($"M:{C}.FromBase64String(System.String)", call => call.Helper("fromBase64_", call.Arg(0)));
    }

    /// <summary>The string argument, with the text .NET's Convert reads in place of null.</summary>
    private static JsExpression OrText(BclCall call, string nullText) =>
        call.Body.IsKnownNotNull(call.ArgumentOperation(0)!) ? call.Arg(0) : new JsBinary("??", call.Arg(0), new JsStringLiteral(nullText));
}

using System.Text.RegularExpressions;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Format strings of <c>ToString(format)</c> and <c>{value:format}</c>. A format is checked when compiling,
/// so an unsupported one is an error (GAS2002) and never a different result at run time.
/// </summary>
internal static class Formats
{
    public const string NumberFormats = "F, N, P, E and G with an optional precision, and D and X with an optional width for integers";
    public const string DateTimeFormats = "\"o\", \"s\", \"u\" and custom patterns of two characters or more made of yyyy, MM, dd, HH, mm, ss, fff, 'quoted text' and the literals - : / . T Z and space";
    public const string TimeSpanFormats = "\"c\"";

    private static readonly Regex NumberFormat = new("^[FfNnPpEeGg][0-9]{0,2}$", RegexOptions.CultureInvariant);
    private static readonly Regex IntegerFormat = new("^[DdXx][0-9]{0,2}$", RegexOptions.CultureInvariant);
    // A format of one character is a standard format in .NET ("d", "T"), so a custom pattern has two or more; formatDateTime_ implements exactly these.
    private static readonly Regex DateTimePattern = new(@"^(?=..)(yyyy|MM|dd|HH|mm|ss|fff|'[^']*'|[-:/. TZ])+$", RegexOptions.CultureInvariant);

    /// <summary>The formatted string of the operation's value.</summary>
    public static JsExpression Apply(IOperation operation, string format, BodyLowerer body)
    {
        var type = operation.Type;
        var value = body.Expression(operation);
        if (TypeFacts.IsNumeric(type))
        {
            if (NumberFormat.IsMatch(format) || (TypeFacts.IsIntegral(type) && IntegerFormat.IsMatch(format)))
            {
                return body.CallHelper("formatNumber_", value, new JsStringLiteral(format));
            }
            return Unsupported(operation, format, type!, NumberFormats, body);
        }
        if (TypeFacts.IsDateTime(type))
        {
            if (format is "o" or "O" or "s" or "u" || DateTimePattern.IsMatch(format)) return body.CallHelper("formatDateTime_", value, new JsStringLiteral(format));
            return Unsupported(operation, format, type!, DateTimeFormats, body);
        }
        if (TypeFacts.IsTimeSpan(type))
        {
            if (format is "c") return body.CallHelper("formatTimeSpan_", value);
            return Unsupported(operation, format, type!, TimeSpanFormats, body);
        }
        return Unsupported(operation, format, type, "no formats", body);
    }

    private static JsExpression Unsupported(IOperation operation, string format, ITypeSymbol? type, string supported, BodyLowerer body) =>
        body.Unsupported(operation, DiagnosticDescriptors.UnsupportedFormat, format, type?.ToDisplayString() ?? "this value", supported);
}

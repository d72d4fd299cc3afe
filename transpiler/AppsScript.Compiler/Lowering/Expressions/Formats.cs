using System;
using System.Globalization;
using System.Linq;
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
    public const string NumberFormats = "F, N, P, E and G with an optional precision, R for a double, D and X with an optional width for integers, "
        + "and custom formats of digit placeholders such as \"0.00\", \"#,##0\" or \"0.#%\"";

    private static readonly Regex NumberFormat = new("^[FfNnPpEeGg][0-9]{0,2}$", RegexOptions.CultureInvariant);
    private static readonly Regex IntegerFormat = new("^[DdXx][0-9]{0,2}$", RegexOptions.CultureInvariant);

    /// <summary>The integer part of a custom format: "#" placeholders, then "0" placeholders, "," only between placeholders.</summary>
    private static readonly Regex CustomIntegerPart = new("^(?!,)(?:#(?:,?#)*)?(?:,?0(?:,?0)*)?$", RegexOptions.CultureInvariant);

    /// <summary>The fraction part of a custom format: "0" placeholders, then "#" placeholders.</summary>
    private static readonly Regex CustomFractionPart = new("^0*#*$", RegexOptions.CultureInvariant);

    /// <summary>The formatted string of the operation's value.</summary>
    public static JsExpression Apply(IOperation operation, string format, BodyLowerer body)
    {
        var type = operation.Type;
        if (TypeFacts.IsNumeric(type) && IsSupportedNumberFormat(type!, format) && operation.ConstantValue is { HasValue: true, Value: IFormattable constant })
        {
            // The compiler runs on .NET, so a constant is formatted now, exactly.
            return new JsStringLiteral(constant.ToString(format, CultureInfo.InvariantCulture));
        }
        var value = body.Expression(operation);
        if (TypeFacts.IsNumeric(type))
        {
            if (TypeFacts.IsFloating(type) && format is "R") return body.CallHelper("formatDouble_", value);
            // "r" is "R" with a lower-case exponent, and R is G for a double (the shortest digits that read back).
            if (TypeFacts.IsFloating(type) && format is "r") return body.CallHelper("formatNumber_", value, new JsStringLiteral("g"));
            if (TypeFacts.IsFloating(type) && NumberFormat.IsMatch(format)) return body.CallHelper("formatNumber_", value, new JsStringLiteral(format));
            if (IsCustomNumberFormat(format))
            {
                return TypeFacts.IsIntegral(type)
                    ? body.CallHelper("formatCustomNumber_", value, new JsStringLiteral(format), new JsBooleanLiteral(true))
                    : body.CallHelper("formatCustomNumber_", value, new JsStringLiteral(format));
            }
            if (TypeFacts.IsIntegral(type) && (NumberFormat.IsMatch(format) || IntegerFormat.IsMatch(format)))
            {
                return body.CallHelper("formatNumber_", value, new JsStringLiteral(format), new JsNumberLiteral(IntegerBits(type!)));
            }
            return Unsupported(operation, format, type!, NumberFormats, body);
        }
        if (TypeFacts.IsDateTime(type))
        {
            if (DateTimeFormats.IsSupportedDateTime(format)) return body.CallHelper("formatDateTime_", value, new JsStringLiteral(format));
            return Unsupported(operation, format, type!, DateTimeFormats.DateTimeSupported, body);
        }
        if (TypeFacts.IsDateTimeOffset(type))
        {
            if (DateTimeFormats.IsSupportedDateTimeOffset(format)) return body.CallHelper("formatDateTime_", value, new JsStringLiteral(format), new JsBooleanLiteral(true));
            return Unsupported(operation, format, type!, DateTimeFormats.DateTimeOffsetSupported, body);
        }
        if (TypeFacts.IsTimeSpan(type))
        {
            if (format is "c") return body.CallHelper("formatTimeSpan_", value);
            if (DateTimeFormats.IsSupportedTimeSpan(format)) return body.CallHelper("formatTimeSpan_", value, new JsStringLiteral(format));
            return Unsupported(operation, format, type!, DateTimeFormats.TimeSpanSupported, body);
        }
        return Unsupported(operation, format, type, "no formats", body);
    }

    private static bool IsSupportedNumberFormat(ITypeSymbol type, string format) => NumberFormat.IsMatch(format) || IsCustomNumberFormat(format)
        || (TypeFacts.IsFloating(type) && format is "R" or "r") || (TypeFacts.IsIntegral(type) && IntegerFormat.IsMatch(format));

    /// <summary>
    /// The custom numeric formats supported: digit placeholders ("0", "#"), thousands separators between them
    /// in the integer part, one ".", and a final "%". Sections, scaling commas, exponents and literals are not.
    /// </summary>
    private static bool IsCustomNumberFormat(string format)
    {
        var body = format.EndsWith('%') ? format[..^1] : format;
        var point = body.IndexOf('.');
        var whole = point < 0 ? body : body[..point];
        var fraction = point < 0 ? "" : body[(point + 1)..];
        return body.Any(c => c is '0' or '#') && CustomIntegerPart.IsMatch(whole) && CustomFractionPart.IsMatch(fraction);
    }

    /// <summary>The size of an integer type, which X needs for a negative value's two's complement.</summary>
    private static int IntegerBits(ITypeSymbol type) => TypeFacts.Underlying(type)!.SpecialType switch
    {
        SpecialType.System_Int64 => 64,
        SpecialType.System_Int16 or SpecialType.System_UInt16 => 16,
        SpecialType.System_Byte or SpecialType.System_SByte => 8,
        _ => 32,
    };

    private static JsExpression Unsupported(IOperation operation, string format, ITypeSymbol? type, string supported, BodyLowerer body) =>
        body.Unsupported(operation, DiagnosticDescriptors.UnsupportedFormat, format, type?.ToDisplayString() ?? "this value", supported);
}

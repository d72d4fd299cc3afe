using System;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// int, long, the small integer types, double and bool: ToString with and without a format, Parse and
/// TryParse with the invariant culture (.NET's rules and exceptions, in helpers), CompareTo, and the double
/// tests IsNaN and IsInfinity. The constants (int.MaxValue, double.NaN) are literals already.
/// </summary>
internal static class NumberReplacements
{
    private const string Styles = "System.Globalization.NumberStyles";
    private const string Provider = "System.IFormatProvider";

    /// <summary>NumberStyles.Integer, the only style int.Parse and long.Parse support here.</summary>
    private const int IntegerStyle = 7;

    /// <summary>NumberStyles.Float and Float | AllowThousands (double.Parse's default).</summary>
    private const int FloatStyle = 167;

    private const int FloatWithThousandsStyle = 231;

    private static readonly string[] Integers = { "System.Int32", "System.Int64", "System.Int16", "System.UInt16", "System.Byte", "System.SByte" };

    public static void Register(ReplacementTable table)
    {
        foreach (var type in Integers.Append("System.Double").Append("System.Boolean"))
        {
            table.Add($"M:{type}.ToString", call => Strings.Display(call.ReceiverOperation!, call.Body));
            table.Add($"M:{type}.ToString({Provider})", call => FormatProvider.IsInvariant(call, 0) ? Strings.Display(call.ReceiverOperation!, call.Body) : FormatProvider.Unsupported(call, 0));
        }
        foreach (var type in Integers.Append("System.Double"))
        {
            table.Add($"M:{type}.ToString(System.String)", call => Formatted(call));
            table.Add($"M:{type}.ToString(System.String,{Provider})", call => FormatProvider.IsInvariant(call, 1) ? Formatted(call) : FormatProvider.Unsupported(call, 1));
        }
        foreach (var type in new[] { "System.Int32", "System.Int64" })
        {
            table.Add($"M:{type}.CompareTo({type})", call => new JsCall(new JsMember(new JsIdentifier("Math"), "sign"), new JsExpression[] { new JsBinary("-", call.Receiver, call.Arg(0)) }));
        }
        // The types narrower than int compare by subtracting: .NET returns the difference itself, not its sign.
        foreach (var type in new[] { "System.Int16", "System.UInt16", "System.Byte", "System.SByte", "System.Char" })
        {
            table.Add($"M:{type}.CompareTo({type})", call => new JsBinary("-", Code(call, call.Receiver), Code(call, call.Arg(0))));
        }
        table.Add("M:System.Double.CompareTo(System.Double)", call => call.Helper("compareDouble_", call.Receiver, call.Arg(0)));

        RegisterIntegerParsing(table, "System.Int32", 32);
        RegisterIntegerParsing(table, "System.Int64", 64);
        RegisterDoubleParsing(table);
        table.Add("M:System.Boolean.Parse(System.String)", call => call.Helper("parseBoolean_", call.Arg(0)));
        table.Add("M:System.Boolean.TryParse(System.String,System.Boolean@)", call => OutArguments.WhenNotNull(call, 1, call.Helper("tryParseBoolean_", call.Arg(0))));

        table.Add("M:System.Double.IsNaN(System.Double)", call => new JsCall(new JsMember(new JsIdentifier("Number"), "isNaN"), new[] { call.Arg(0) }));
        table.Add("M:System.Double.IsFinite(System.Double)", call => new JsCall(new JsMember(new JsIdentifier("Number"), "isFinite"), new[] { call.Arg(0) }));
        table.Add("M:System.Double.IsInfinity(System.Double)",
            call => new JsBinary("===", new JsCall(new JsMember(new JsIdentifier("Math"), "abs"), new[] { call.Arg(0) }), new JsIdentifier("Infinity")));
        table.Add("M:System.Double.IsPositiveInfinity(System.Double)", call => new JsBinary("===", call.Arg(0), new JsIdentifier("Infinity")));
        table.Add("M:System.Double.IsNegativeInfinity(System.Double)", call => new JsBinary("===", call.Arg(0), new JsUnary("-", new JsIdentifier("Infinity"))));
    }

    /// <summary>A char compares by its code; a number by itself.</summary>
    private static JsExpression Code(BclCall call, JsExpression value) =>
        call.Method!.ContainingType.SpecialType == SpecialType.System_Char ? Conversions.CharCode(value) : value;

    /// <summary>ToString(format): the format is compiled; null or "" is the general format, as ToString().</summary>
    private static JsExpression Formatted(BclCall call)
    {
        var format = call.ArgumentOperation(0)!;
        if (!format.ConstantValue.HasValue) return call.Body.Unsupported(format, DiagnosticDescriptors.NonConstantFormat, call.Method!.ToDisplayString());
        if (format.ConstantValue.Value is not string { Length: > 0 } text) return Strings.Display(call.ReceiverOperation!, call.Body);
        return Formats.Apply(call.ReceiverOperation!, text, call.Body);
    }

    private static void RegisterIntegerParsing(ReplacementTable table, string type, int bits)
    {
        var size = new JsNumberLiteral(bits);
        JsExpression Parse(BclCall call) => call.Helper("parseInteger_", call.Arg(0), size);
        JsExpression TryParse(BclCall call, int outIndex) => OutArguments.WhenNotNull(call, outIndex, call.Helper("tryParseInteger_", call.Arg(0), size));

        table.Add($"M:{type}.Parse(System.String)", Parse);
        table.Add($"M:{type}.Parse(System.String,{Provider})", call => Invariant(call, 1, Parse));
        table.Add($"M:{type}.Parse(System.String,{Styles})", call => WithStyle(call, 1, IntegerStyle, Parse));
        table.Add($"M:{type}.Parse(System.String,{Styles},{Provider})", call => WithStyle(call, 1, IntegerStyle, c => Invariant(c, 2, Parse)));
        table.Add($"M:{type}.TryParse(System.String,{type}@)", call => TryParse(call, 1));
        table.Add($"M:{type}.TryParse(System.String,{Provider},{type}@)", call => Invariant(call, 1, c => TryParse(c, 2)));
        table.Add($"M:{type}.TryParse(System.String,{Styles},{Provider},{type}@)", call => WithStyle(call, 1, IntegerStyle, c => Invariant(c, 2, d => TryParse(d, 3))));
    }

    private static void RegisterDoubleParsing(ReplacementTable table)
    {
        const string type = "System.Double";
        JsExpression Parse(BclCall call, bool thousands) =>
            thousands ? call.Helper("parseDouble_", call.Arg(0)) : call.Helper("parseDouble_", call.Arg(0), new JsBooleanLiteral(false));
        JsExpression TryParse(BclCall call, int outIndex, bool thousands) => OutArguments.WhenNotNull(call, outIndex,
            thousands ? call.Helper("tryParseDouble_", call.Arg(0)) : call.Helper("tryParseDouble_", call.Arg(0), new JsBooleanLiteral(false)));

        table.Add($"M:{type}.Parse(System.String)", call => Parse(call, true));
        table.Add($"M:{type}.Parse(System.String,{Provider})", call => Invariant(call, 1, c => Parse(c, true)));
        table.Add($"M:{type}.Parse(System.String,{Styles})", call => WithFloatStyle(call, 1, thousands => Parse(call, thousands)));
        table.Add($"M:{type}.Parse(System.String,{Styles},{Provider})", call => WithFloatStyle(call, 1, thousands => Invariant(call, 2, c => Parse(c, thousands))));
        table.Add($"M:{type}.TryParse(System.String,{type}@)", call => TryParse(call, 1, true));
        table.Add($"M:{type}.TryParse(System.String,{Provider},{type}@)", call => Invariant(call, 1, c => TryParse(c, 2, true)));
        table.Add($"M:{type}.TryParse(System.String,{Styles},{Provider},{type}@)",
            call => WithFloatStyle(call, 1, thousands => Invariant(call, 2, c => TryParse(c, 3, thousands))));
    }

    private static JsExpression Invariant(BclCall call, int providerIndex, Func<BclCall, JsExpression> lower) =>
        FormatProvider.IsInvariant(call, providerIndex) ? lower(call) : FormatProvider.Unsupported(call, providerIndex);

    private static JsExpression WithStyle(BclCall call, int styleIndex, int supported, Func<BclCall, JsExpression> lower) =>
        call.Constant(styleIndex) is int style && style == supported ? lower(call) : UnsupportedStyle(call, styleIndex, "NumberStyles.Integer");

    /// <summary>double parsing with NumberStyles.Float, or Float | AllowThousands (whether "," may group digits).</summary>
    private static JsExpression WithFloatStyle(BclCall call, int styleIndex, Func<bool, JsExpression> lower) => call.Constant(styleIndex) switch
    {
        FloatStyle => lower(false),
        FloatWithThousandsStyle => lower(true),
        _ => UnsupportedStyle(call, styleIndex, "NumberStyles.Float and NumberStyles.Float | NumberStyles.AllowThousands"),
    };

    private static JsExpression UnsupportedStyle(BclCall call, int styleIndex, string supported)
    {
        var style = call.ArgumentOperation(styleIndex)!;
        return call.Body.Unsupported(style, DiagnosticDescriptors.UnsupportedFormat, style.Syntax.ToString(), call.Method!.ToDisplayString(), supported + " (as constants)");
    }
}

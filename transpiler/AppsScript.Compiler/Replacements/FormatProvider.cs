using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// An IFormatProvider argument (ToString(format, provider), Parse(s, provider), string.Format(provider, ...)).
/// Apps Script formats and parses with the invariant culture, and so does the .NET side, which runs with
/// invariant globalization; so the invariant and current cultures (or no provider) keep their meaning, and
/// any other culture is reported instead of being silently ignored.
/// </summary>
internal static class FormatProvider
{
    public static bool IsInvariant(BclCall call, int index)
    {
        var provider = call.ArgumentOperation(index);
        while (provider is IConversionOperation { IsImplicit: true } conversion) provider = conversion.Operand;
        return provider switch
        {
            null => true,
            { ConstantValue: { HasValue: true, Value: null } } => true,
            IPropertyReferenceOperation { Property: var property } => IsInvariantProperty(property),
            _ => false,
        };
    }

    private static bool IsInvariantProperty(IPropertySymbol property) => property.ContainingType.ToDisplayString() switch
    {
        "System.Globalization.CultureInfo" => property.Name is "InvariantCulture" or "CurrentCulture",
        "System.Globalization.NumberFormatInfo" => property.Name is "InvariantInfo" or "CurrentInfo",
        _ => false,
    };

    public static JsExpression Unsupported(BclCall call, int index) =>
        call.Body.Unsupported(call.ArgumentOperation(index)!, DiagnosticDescriptors.EnvironmentDependent, call.Symbol.ToDisplayString(),
            "Apps Script formats with the invariant culture; pass CultureInfo.InvariantCulture");
}

using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Enumerable.OfType and Cast, by the runtime type tests <c>is</c> and explicit casts use: OfType keeps the elements
/// that are non-null instances of T (where every element is a T, the non-null ones), Cast checks each element as
/// <c>(T)x</c> does and throws InvalidCastException where it does. A T that JavaScript cannot test (a number type,
/// an interface, plain data) is GAS1016, unless every element already is one.
/// </summary>
internal static class ElementCastReplacements
{
    private const string Source = "System.Collections.IEnumerable";

    public static void Register(ReplacementTable table)
    {
        table.Add($"M:System.Linq.Enumerable.OfType``1({Source})", OfType);
        table.Add($"M:System.Linq.Enumerable.Cast``1({Source})", Cast);
    }

    private static JsExpression OfType(BclCall call)
    {
        var target = call.Method!.TypeArguments[0];
        var item = call.Body.FreshName("item");
        var element = new JsIdentifier(item);
        var test = IsEveryElement(call, target)
            ? new JsBinary("!=", element, new JsNullLiteral())
            : Patterns.RuntimeTypeTest(element, target, call.Operation, call.Body, TypeFacts.ElementType(Written(call.ReceiverOperation!).Type));
        return test is null ? Placeholder : Call(Elements(call), "filter", new JsArrow(new[] { new JsParameter(item) }, test));
    }

    private static JsExpression Cast(BclCall call)
    {
        var target = call.Method!.TypeArguments[0];
        if (IsEveryElement(call, target)) return Elements(call);
        if (Patterns.BoxedCharMayPass(target, call.Operation, call.Body, TypeFacts.ElementType(Written(call.ReceiverOperation!).Type))) return Placeholder;
        var test = Patterns.TypeTestArgument(target, call.Body);
        if (test is null)
        {
            return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.TypeTestNotSupported, target.ToDisplayString(),
                "Cast<T> checks every element, and JavaScript cannot tell this type apart at run time");
        }
        var item = call.Body.FreshName("item");
        var names = CastMessages.Arguments(TypeFacts.ElementType(Written(call.ReceiverOperation!).Type), target, call.Body);
        return Call(Elements(call), "map", new JsArrow(new[] { new JsParameter(item) }, call.Helper("cast_", new JsExpression[] { new JsIdentifier(item), test }.Concat(names).ToArray())));
    }

    /// <summary>The source as an array, as it was before its conversion to the non-generic IEnumerable.</summary>
    private static JsExpression Elements(BclCall call) => Conversions.AsArray(Written(call.ReceiverOperation!), call.Body);

    /// <summary>Whether the elements' static type converts to T without a check (T itself, a base class, an interface it implements).</summary>
    private static bool IsEveryElement(BclCall call, ITypeSymbol target)
    {
        var element = TypeFacts.ElementType(Written(call.ReceiverOperation!).Type);
        if (element is null) return false;
        var conversion = call.Body.Context.Compilation.ClassifyCommonConversion(element, target);
        return conversion.IsIdentity || (conversion.IsImplicit && conversion.IsReference);
    }
}

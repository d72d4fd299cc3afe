using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Object's members. ToString is the string .NET makes of the value (an override of the program's class,
/// an enum member's name, .NET's formatting of a library value; a class without an override is GAS1021).
/// Equals and ReferenceEquals are reference equality where .NET's is, on the program's classes; where .NET
/// compares by value and JavaScript would compare references (records, anonymous types, tuples, values typed
/// object) they are GAS1026. GetHashCode has no JavaScript counterpart (GAS2001) and GetType is reflection, but for the uses
/// TypeNameReplacements lowers (its Name, a comparison with typeof).
/// </summary>
internal static class ObjectReplacements
{
    public static void Register(ReplacementTable table)
    {
        var tupleStrings = Enumerable.Range(1, 8).Select(arity => $"M:System.ValueTuple`{arity}.ToString");
        table.Add(tupleStrings.Concat(new[] { "M:System.Object.ToString", "M:System.Enum.ToString", "M:System.ValueType.ToString", "M:System.Collections.Generic.KeyValuePair`2.ToString" }),
            call => Strings.Display(call.ReceiverOperation!, call.Body));
        table.Add("M:System.Object.Equals(System.Object)", call => ReferenceEquality(call, call.ReceiverOperation!, call.ArgumentOperation(0)!, "Equals"));
        table.Add("M:System.Object.Equals(System.Object,System.Object)",
            call => ReferenceEquality(call, call.ArgumentOperation(0)!, call.ArgumentOperation(1)!, "Equals"));
        table.Add("M:System.Object.ReferenceEquals(System.Object,System.Object)",
            call => ReferenceEquality(call, call.ArgumentOperation(0)!, call.ArgumentOperation(1)!, "ReferenceEquals"));
        for (var arity = 1; arity <= 8; arity++)
        {
            var tuple = $"System.ValueTuple`{arity}";
            var parameters = string.Join(",", Enumerable.Range(0, arity).Select(i => $"`{i}"));
            table.Add(new[] { $"M:{tuple}.Equals({tuple[..^2]}{{{parameters}}})", $"M:{tuple}.Equals(System.Object)" },
                call => ValueEquality.EqualsCall(call.ReceiverOperation!, call.ArgumentOperation(0)!, call.Operation, call.Body));
            table.Add($"M:{tuple}.GetHashCode", call => ValueEquality.HashCode(call.ReceiverOperation!, call.Operation, call.Body));
        }
        table.Add(new[] { "M:System.Object.GetHashCode", "M:System.ValueType.GetHashCode" }, call => ValueKeys.ComparesByMembers(call.ReceiverOperation?.Type)
            ? ValueEquality.HashCode(call.ReceiverOperation!, call.Operation, call.Body)
            : call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnmappedMember, call.Symbol.ToDisplayString(), "M:System.Object.GetHashCode"));
        table.Add("M:System.ValueType.Equals(System.Object)", call => ValueEquality.EqualsCall(call.ReceiverOperation!, call.ArgumentOperation(0)!, call.Operation, call.Body));
        table.Add("M:System.Object.GetType", call => call.Body.Unsupported(call.Operation, DiagnosticDescriptors.ReflectionNotSupported, "GetType()"));
    }

    /// <summary>
    /// <c>a == b</c> for two instances of the program's classes (JavaScript's == compares objects by reference and
    /// takes null and undefined as equal), <c>a == null</c> against null; anything else is reported.
    /// </summary>
    private static JsExpression ReferenceEquality(BclCall call, IOperation left, IOperation right, string member)
    {
        left = Strings.WithoutImplicitBoxing(left);
        right = Strings.WithoutImplicitBoxing(right);
        if (IsNull(right)) return new JsBinary("==", call.Body.Expression(left), new JsNullLiteral());
        if (IsNull(left)) return new JsBinary("==", call.Body.Expression(right), new JsNullLiteral());
        if (member == "Equals" && ValueKeys.ComparesByMembers(left.Type) && left.Type is { } leftType)
        {
            return SymbolEqualityComparer.Default.Equals(TypeFacts.Underlying(leftType)!.OriginalDefinition, TypeFacts.Underlying(right.Type)?.OriginalDefinition)
                ? ValueEquality.Equal(left, right, TypeFacts.Underlying(leftType)!, negate: false, call.Operation, call.Body)
                : call.Body.Unsupported(call.Operation, DiagnosticDescriptors.ValueEqualityNotSupported, member, right.Type?.ToDisplayString() ?? "null");
        }
        foreach (var side in new[] { left, right })
        {
            if (side.Type is not { } type || call.Body.Semantics.ShapeOf(type) != TypeShape.Class)
            {
                return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.ValueEqualityNotSupported, member, side.Type?.ToDisplayString() ?? "null");
            }
        }
        return member == "Equals" && OverridesEquals(call.Body.Semantics)
            ? call.Helper("objectEquals_", call.Body.Expression(left), call.Body.Expression(right))
            : new JsBinary("==", call.Body.Expression(left), call.Body.Expression(right));
    }

    /// <summary>Whether a class of the program overrides Equals(object), which the static object.Equals calls.</summary>
    private static bool OverridesEquals(ScriptSemantics semantics) => semantics.SourceTypes.Any(t => t.TypeKind == TypeKind.Class && !t.IsRecord
        && t.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 1 && m.Parameters[0].Type.SpecialType == SpecialType.System_Object));

    private static bool IsNull(IOperation operation) => operation.ConstantValue is { HasValue: true, Value: null };
}

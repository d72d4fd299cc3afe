using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// KeyValuePair and value tuples as JavaScript arrays: <c>[key, value]</c>, the form Object.entries gives a
/// dictionary's entries, and <c>[item1, item2, ...]</c>, which deconstruct with an array pattern.
/// </summary>
internal static class TupleReplacements
{
    private const string KeyValuePair = "System.Collections.Generic.KeyValuePair`2";

    public static void Register(ReplacementTable table)
    {
        table.Add(new[] { $"M:{KeyValuePair}.#ctor(`0,`1)", "M:System.Collections.Generic.KeyValuePair.Create``2(``0,``1)" }, Elements);
        table.Add($"P:{KeyValuePair}.Key", call => new JsIndex(call.Receiver, new JsNumberLiteral(0)));
        table.Add($"P:{KeyValuePair}.Value", call => new JsIndex(call.Receiver, new JsNumberLiteral(1)));
        for (var arity = 1; arity <= 7; arity++)
        {
            var parameters = string.Join(",", Enumerable.Range(0, arity).Select(i => $"``{i}"));
            table.Add($"M:System.ValueTuple.Create``{arity}({parameters})", Elements);
        }
    }

    private static JsExpression Elements(BclCall call) =>
        Tuple(call.Args, Enumerable.Range(0, call.ArgumentCount).Select(i => call.ArgumentOperation(i)?.Type ?? call.ParameterType(i)).ToList(), call.Body);

    /// <summary>
    /// <c>[a, b]</c>, or <c>tuple_(a, b)</c> when the items differ in type: TypeScript's checkJs would type the
    /// literal as an array of the union of their types, and then reject <c>pair[1] + 1</c>.
    /// </summary>
    public static JsExpression Tuple(IReadOnlyList<JsExpression> items, IReadOnlyList<ITypeSymbol?> types, BodyLowerer body) =>
        types.Select(JsTypeOf).Distinct().Count() > 1 ? body.CallHelper("tuple_", items.ToArray()) : new JsArrayLiteral(items);

    /// <summary>What checkJs sees of a value of the type: a string, a number, a boolean, or the type itself.</summary>
    private static string JsTypeOf(ITypeSymbol? type)
    {
        if (TypeFacts.IsString(type) || TypeFacts.IsChar(type)) return "string";
        if (TypeFacts.IsNumeric(type) || TypeFacts.IsEnum(type) || TypeFacts.IsDateTime(type) || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type)) return "number";
        if (TypeFacts.IsBool(type)) return "boolean";
        return type?.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString() ?? "null";
    }
}

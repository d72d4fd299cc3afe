using System.Linq;
using AppsScript.Compiler.Js.Ast;

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

    private static JsExpression Elements(BclCall call) => new JsArrayLiteral(call.Args.ToList());
}

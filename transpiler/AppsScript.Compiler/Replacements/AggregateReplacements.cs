using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using static AppsScript.Compiler.Replacements.EnumerableReplacements;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Sum, Min, Max, Average, MinBy, MaxBy and Aggregate. .NET's answer for an empty sequence depends on the
/// static type: a sum is 0; Min, Max and Average of a non-nullable value type throw (nonEmpty_ guards them),
/// of a nullable or reference type give null. Nulls are skipped, and Min and Max compare as .NET's default
/// comparer does (NaN least), which Math.min and Math.max do not.
/// </summary>
internal static class AggregateReplacements
{
    private static readonly string[] Numbers = { "System.Int32", "System.Int64", "System.Double" };

    public static void Register(ReplacementTable table)
    {
        foreach (var number in Numbers)
        {
            foreach (var type in new[] { number, $"System.Nullable{{{number}}}" })
            {
                var selector = Func("``0", type);
                table.Add($"{Linq}Sum({Sequence(type)})", call => Sum(call, call.Receiver));
                table.Add($"{Linq}Sum``1({Source},{selector})", call => Sum(call, call.CallOnReceiver("map", call.Arg(0))));
                table.Add($"{Linq}Average({Sequence(type)})", call => Average(call, call.Receiver));
                table.Add($"{Linq}Average``1({Source},{selector})", call => Average(call, call.CallOnReceiver("map", call.Arg(0))));
                foreach (var (member, helper) in new[] { ("Min", "min_"), ("Max", "max_") })
                {
                    table.Add($"{Linq}{member}({Sequence(type)})", call => Extreme(call, helper, call.Receiver));
                    table.Add($"{Linq}{member}``1({Source},{selector})", call => Extreme(call, helper, call.CallOnReceiver("map", call.Arg(0))));
                }
            }
        }
        foreach (var (member, helper) in new[] { ("Min", "min_"), ("Max", "max_") })
        {
            table.Add($"{Linq}{member}``1({Source})", call => Extreme(call, helper, call.Receiver));
            table.Add($"{Linq}{member}``2({Source},{Func("``0", "``1")})", call => Extreme(call, helper, call.CallOnReceiver("map", call.Arg(0))));
        }
        table.Add($"{Linq}MinBy``2({Source},{Func("``0", "``1")})", call => By(call, "minBy_"));
        table.Add($"{Linq}MaxBy``2({Source},{Func("``0", "``1")})", call => By(call, "maxBy_"));

        table.Add($"{Linq}Aggregate``1({Source},{Func("``0", "``0", "``0")})", call => Call(NonEmpty(call, call.Receiver), "reduce", call.Arg(0)));
        table.Add($"{Linq}Aggregate``2({Source},``1,{Func("``1", "``0", "``1")})", call => call.CallOnReceiver("reduce", call.Arg(1), call.Arg(0)));
        table.Add($"{Linq}Aggregate``3({Source},``1,{Func("``1", "``0", "``1")},{Func("``1", "``2")})",
            call => new JsCall(call.Arg(2), new JsExpression[] { call.CallOnReceiver("reduce", call.Arg(1), call.Arg(0)) }));
    }

    /// <summary><c>values.reduce((sum, x) =&gt; sum + x, 0)</c>; nulls of a nullable sum count as 0.</summary>
    private static JsExpression Sum(BclCall call, JsExpression values)
    {
        JsExpression item = new JsIdentifier("x");
        if (TypeFacts.IsNullableValueType(call.Method!.ReturnType)) item = new JsBinary("??", item, Number(0));
        var add = new JsArrow(new[] { new JsParameter("sum"), new JsParameter("x") }, new JsBinary("+", new JsIdentifier("sum"), item));
        return Call(values, "reduce", add, Number(0));
    }

    private static JsExpression Average(BclCall call, JsExpression values) =>
        call.Helper("average_", TypeFacts.IsNullableValueType(call.Method!.ReturnType) ? values : NonEmpty(call, values));

    private static JsExpression Extreme(BclCall call, string helper, JsExpression values)
    {
        var resultType = call.Method!.ReturnType;
        RequireDefaultOrder(resultType, call.Operation, call.Body);
        return call.Helper(helper, TypeFacts.IsNonNullableValueType(resultType) ? NonEmpty(call, values) : values);
    }

    /// <summary>MinBy and MaxBy: an empty sequence of a value type throws, of a reference type gives null.</summary>
    private static JsExpression By(BclCall call, string helper)
    {
        RequireDefaultOrder(call.Method!.TypeArguments[1], call.Operation, call.Body);
        var elementType = ElementType(call);
        var source = TypeFacts.IsNonNullableValueType(elementType) ? NonEmpty(call, call.Receiver) : call.Receiver;
        return call.Helper(helper, source, call.Arg(0));
    }

    /// <summary>Sum, Average, Min or Max of values already selected, as an array.</summary>
    public static JsExpression Lower(BclCall call, string member, JsExpression values) => member switch
    {
        "Sum" => Sum(call, values),
        "Average" => Average(call, values),
        "Min" => Extreme(call, "min_", values),
        _ => Extreme(call, "max_", values),
    };

    private static JsExpression NonEmpty(BclCall call, JsExpression values) => call.Helper("nonEmpty_", values);
}

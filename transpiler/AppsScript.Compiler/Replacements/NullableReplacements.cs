using System.Collections.Generic;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Nullable&lt;T&gt; is the value itself or null (undefined counts as null), so HasValue is a null test and
/// Value the value, checked as .NET checks it unless the C# nullable analysis already proves it present.
/// </summary>
internal static class NullableReplacements
{
    private const string T = "System.Nullable`1";

    public static void Register(ReplacementTable table)
    {
        table.Add($"P:{T}.HasValue", call => new JsBinary("!=", call.Receiver, new JsNullLiteral()));
        table.Add($"P:{T}.Value", call => Value(call.ReceiverOperation!, call.Body));
        table.Add($"M:{T}.GetValueOrDefault", call => new JsBinary("??", call.Receiver, Literals.DefaultOf(call.ResultType, call.Operation, call.Body)));
        table.Add($"M:{T}.GetValueOrDefault(`0)", GetValueOrDefault);
        table.Add($"M:{T}.ToString", call => Strings.Display(call.ReceiverOperation!, call.Body));
        table.Add($"M:{T}.#ctor(`0)", call => call.Arg(0));
        table.Add($"M:{T}.#ctor", _ => new JsNullLiteral());
    }

    /// <summary>
    /// The value of a T? read as T: as it is where the nullable analysis knows it is not null, else through
    /// nullableValue_, which throws .NET's InvalidOperationException for a missing value.
    /// </summary>
    public static JsExpression Value(IOperation nullable, BodyLowerer body)
    {
        var value = body.Expression(nullable);
        return body.IsKnownNotNull(nullable) ? value : body.CallHelper("nullableValue_", value);
    }

    /// <summary>
    /// <c>x ?? fallback</c>. C# evaluates the fallback argument even when x has a value, so a fallback with side
    /// effects is evaluated into a temporary after x, and x is read before it.
    /// </summary>
    private static JsExpression GetValueOrDefault(BclCall call)
    {
        var fallback = call.Arg(0);
        if (call.IsConstant(0) || BodyLowerer.IsSimple(fallback)) return new JsBinary("??", call.Receiver, fallback);
        var evaluations = new List<JsExpression>();
        var receiver = call.Receiver;
        if (receiver is not (JsIdentifier or JsNumberLiteral or JsNullLiteral))
        {
            var temp = call.Body.HoistedTemp("value");
            evaluations.Add(new JsAssign("=", temp, receiver));
            receiver = temp;
        }
        var fallbackTemp = call.Body.HoistedTemp("fallback");
        evaluations.Add(new JsAssign("=", fallbackTemp, fallback));
        evaluations.Add(new JsBinary("??", receiver, fallbackTemp));
        return new JsSequence(evaluations);
    }
}

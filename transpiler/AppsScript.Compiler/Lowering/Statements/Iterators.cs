using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary>
/// Iterators: a method, accessor or local function with <c>yield</c> returns an <c>IEnumerable&lt;T&gt;</c> whose
/// body runs only when it is enumerated, from the start at each enumeration. A JavaScript generator object runs
/// once, so the function returns <c>iterable_(function* () {...})</c>, an object whose <c>[Symbol.iterator]</c>
/// starts a new generator each time. <c>for...of</c> calls the generator's <c>return()</c> when a loop ends early
/// or throws, which runs the body's <c>finally</c> blocks as .NET's <c>Dispose</c> does.
/// </summary>
internal static class Iterators
{
    /// <summary>Whether the method is an iterator the compiler lowers: one returning <c>IEnumerable&lt;T&gt;</c> or <c>IEnumerator&lt;T&gt;</c>, not async.</summary>
    public static bool IsSupported(IMethodSymbol method) =>
        method.IsIterator && !method.IsAsync && (method.ReturnType.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T || ReturnsEnumerator(method));

    private static bool ReturnsEnumerator(IMethodSymbol method) =>
        method.ReturnType.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerator_T;

    /// <summary>
    /// The function's body: <c>return iterable_(function* (n) {...}, this, n);</c>. The generator gets <c>this</c>
    /// where the body may use it, and as its own parameters those the body assigns, so that each enumeration
    /// starts from the values the call passed, as .NET's iterator copies them at each GetEnumerator. An iterator
    /// returning an enumerator is enumerated once, by whoever drives it: <c>return enumerator_(iterable_(...));</c>.
    /// </summary>
    public static JsBlock Body(IMethodSymbol method, JsBlock generatorBody, bool passThis, BodyLowerer body)
    {
        var copied = method.Parameters.Where(body.IsReassigned).Select(p => new JsParameter(body.LocalName(p))).ToList();
        var arguments = new List<JsExpression> { new JsFunctionExpression(null, copied, generatorBody, Generator: true) };
        if (passThis || copied.Count > 0) arguments.Add(passThis ? new JsThis() : new JsNullLiteral());
        arguments.AddRange(copied.Select(p => new JsIdentifier(p.Name)));
        var iterable = body.CallHelper("iterable_", arguments.ToArray());
        return new JsBlock(new JsStatement[] { new JsReturn(ReturnsEnumerator(method) ? body.CallHelper("enumerator_", iterable) : iterable) });
    }

    /// <summary><c>yield return x</c> is <c>yield x</c>; <c>yield break</c> ends the generator.</summary>
    public static JsStatement Yield(IReturnOperation operation, BodyLowerer body) =>
        operation.Kind == OperationKind.YieldReturn
            ? new JsExpressionStatement(new JsYield(body.Expression(operation.ReturnedValue!)))
            : new JsReturn(null);
}

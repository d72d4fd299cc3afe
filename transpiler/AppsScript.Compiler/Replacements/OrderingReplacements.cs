using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static AppsScript.Compiler.Replacements.EnumerableReplacements;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// OrderBy, OrderByDescending, ThenBy, ThenByDescending, Order and OrderDescending. A chain of them is one sort:
/// the outermost call gathers the keys of the calls below it into one orderBy_ call, a stable sort comparing each
/// key once computed with the level's comparer, or .NET's default comparer. A ThenBy whose receiver is not such a call (a variable, a
/// method's result) has lost the earlier keys, so it is GAS2006.
/// </summary>
internal static class OrderingReplacements
{
    private static readonly HashSet<string> Orderings = new() { "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending" };

    public static void Register(ReplacementTable table)
    {
        var key = Func("``0", "``1");
        const string ordered = "System.Linq.IOrderedEnumerable{``0}";
        const string keyComparer = "System.Collections.Generic.IComparer{``1}";
        table.Add(new[]
        {
            $"{Linq}OrderBy``2({Source},{key})", $"{Linq}OrderByDescending``2({Source},{key})",
            $"{Linq}OrderBy``2({Source},{key},{keyComparer})", $"{Linq}OrderByDescending``2({Source},{key},{keyComparer})",
            $"{Linq}ThenBy``2({ordered},{key})", $"{Linq}ThenByDescending``2({ordered},{key})",
            $"{Linq}ThenBy``2({ordered},{key},{keyComparer})", $"{Linq}ThenByDescending``2({ordered},{key},{keyComparer})",
            $"{Linq}Order``1({Source})", $"{Linq}OrderDescending``1({Source})",
            $"{Linq}Order``1({Source},System.Collections.Generic.IComparer{{``0}})", $"{Linq}OrderDescending``1({Source},System.Collections.Generic.IComparer{{``0}})",
        }, Chain);
    }

    private static JsExpression Chain(BclCall call)
    {
        var levels = new List<IInvocationOperation>();
        var current = (IInvocationOperation)call.Operation;
        while (true)
        {
            levels.Insert(0, current);
            if (current.TargetMethod.Name is not ("ThenBy" or "ThenByDescending")) break;
            if (Written(ReceiverOf(current)) is IInvocationOperation inner && IsOrdering(inner.TargetMethod))
            {
                current = inner;
                continue;
            }
            return call.Body.Unsupported(current, DiagnosticDescriptors.ThenByWithoutOrderBy);
        }
        var source = ReceiverOf(levels[0]);
        if (levels.Count == 1 && levels[0].TargetMethod.Name is "Order" or "OrderDescending" && ComparerOf(levels[0]) is null) return SortedCopy(levels[0], source, call);
        var orderings = levels.Select(level => Ordering(level, call)).ToList();
        return call.Helper("orderBy_", new[] { Conversions.AsArray(source, call.Body) }.Concat(orderings).ToArray());
    }

    /// <summary>
    /// Order() alone, without a comparer: a sorted copy, by JavaScript's stable sort with .NET's default comparison
    /// (with a comparer it goes through orderBy_, which keeps equal elements in order when descending too).
    /// </summary>
    private static JsExpression SortedCopy(IInvocationOperation order, IOperation source, BclCall call)
    {
        var elementType = order.TargetMethod.TypeArguments[0];
        var comparison = DefaultComparison(elementType, order, call.Body);
        if (order.TargetMethod.Name == "OrderDescending") comparison = Reversed(comparison);
        return SortInPlace(OwnArray(source, call.Body), elementType, comparison, call.Body);
    }

    private static JsExpression Reversed(JsExpression comparison)
    {
        var (a, b) = (new JsIdentifier("a"), new JsIdentifier("b"));
        var body = comparison is JsArrow ? new JsBinary("-", b, a) : (JsExpression)new JsCall(comparison, new[] { b, a });
        return new JsArrow(new[] { new JsParameter("a"), new JsParameter("b") }, body);
    }

    /// <summary>
    /// <c>{ key: selector }</c>, with <c>descending: true</c> for a descending level and <c>compare: comparison</c>
    /// for a level with a comparer.
    /// </summary>
    private static JsExpression Ordering(IInvocationOperation level, BclCall call)
    {
        var method = level.TargetMethod;
        var keyType = method.TypeArguments.Length > 1 ? method.TypeArguments[1] : method.TypeArguments[0];
        var comparer = ComparerOf(level);
        if (comparer is null) RequireDefaultOrder(keyType, level, call.Body);
        JsExpression key;
        if (method.TypeArguments.Length > 1)
        {
            key = call.Body.Expression(level.Arguments.Single(a => a.Parameter!.Ordinal == 1).Value);
        }
        else
        {
            var item = call.Body.FreshName("item");
            key = new JsArrow(new[] { new JsParameter(item) }, new JsIdentifier(item));
        }
        var members = new List<JsObjectMember> { new JsProperty("key", key) };
        if (method.Name.EndsWith("Descending", System.StringComparison.Ordinal)) members.Add(new JsProperty("descending", new JsBooleanLiteral(true)));
        if (comparer is not null) members.Add(new JsProperty("compare", ComparerReplacements.Comparison(comparer, keyType, call.Body)));
        return new JsObjectLiteral(members);
    }

    /// <summary>The comparer argument of an ordering, when it has one.</summary>
    private static IOperation? ComparerOf(IInvocationOperation level) =>
        level.Arguments.FirstOrDefault(a => a.Parameter!.Type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.IComparer<T>")?.Value;

    private static IOperation ReceiverOf(IInvocationOperation invocation) => invocation.Arguments.Single(a => a.Parameter!.Ordinal == 0).Value;

    private static bool IsOrdering(IMethodSymbol method) =>
        method.ContainingType.ToDisplayString() == "System.Linq.Enumerable" && Orderings.Contains(method.Name);
}

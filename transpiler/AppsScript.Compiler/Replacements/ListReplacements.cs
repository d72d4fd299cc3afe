using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// List&lt;T&gt; as a JavaScript array, and the list and collection interfaces, which hold arrays (or, for
/// ISet&lt;T&gt;, a Set). Members with a JavaScript twin of the same meaning become it (push, splice, find,
/// some); Remove, RemoveAll, FindLast and the default Sort go through helpers where .NET's answer differs.
/// </summary>
internal static class ListReplacements
{
    private const string List = "System.Collections.Generic.List`1";
    private const string Collection = "System.Collections.Generic.ICollection`1";
    private const string IList = "System.Collections.Generic.IList`1";
    private const string Items = "System.Collections.Generic.IEnumerable{`0}";
    private const string Predicate = "System.Predicate{`0}";

    public static void Register(ReplacementTable table)
    {
        table.Add(new[] { $"M:{List}.#ctor", $"M:{List}.#ctor(System.Int32)" }, _ => Empty);
        table.Add($"M:{List}.#ctor({Items})", call => OwnArray(call.ArgumentOperation(0)!, call.Body));

        table.Add(new[] { $"P:{List}.Count", $"P:{Collection}.Count" }, call => Count(call.Receiver, KindOf(call.ReceiverOperation!)));
        table.Add("P:System.Collections.Generic.IReadOnlyCollection`1.Count", call => OfReadOnlyArray(call) ?? Count(call.Receiver, KindOf(call.ReceiverOperation!)));
        table.Add(new[] { $"P:{List}.Item(System.Int32)", $"P:{IList}.Item(System.Int32)" }, Element);
        table.Add("P:System.Collections.Generic.IReadOnlyList`1.Item(System.Int32)", call => OfReadOnlyArray(call) ?? Element(call));
        // A value typed so may be lazy only in a program with such classes, where these refuse (see LazySequences).
        table.AddOverLazyAsIs("P:System.Collections.Generic.IReadOnlyCollection`1.Count", "P:System.Collections.Generic.IReadOnlyList`1.Item(System.Int32)");
        table.AddAssignable($"P:{List}.Item(System.Int32)", Element);
        table.AddAssignable($"P:{IList}.Item(System.Int32)", Element);

        table.Add(new[] { $"M:{List}.Add(`0)", $"M:{Collection}.Add(`0)" },
            call => KindOf(call.ReceiverOperation!) == RuntimeCollection.Set ? call.CallOnReceiver("add", call.Arg(0)) : call.CallOnReceiver("push", call.Arg(0)));
        table.Add($"M:{List}.AddRange({Items})", call => call.CallOnReceiver("push", Spread(Iterable(call.ArgumentOperation(0)!, call.Body))));
        table.Add(new[] { $"M:{List}.Insert(System.Int32,`0)", $"M:{IList}.Insert(System.Int32,`0)" },
            call => call.CallOnReceiver("splice", call.Arg(0), Number(0), call.Arg(1)));
        table.Add($"M:{List}.InsertRange(System.Int32,{Items})",
            call => call.CallOnReceiver("splice", new[] { call.Arg(0), Number(0) }.Concat(Spread(Iterable(call.ArgumentOperation(1)!, call.Body))).ToArray()));
        table.Add(new[] { $"M:{List}.Remove(`0)", $"M:{Collection}.Remove(`0)" }, Remove);
        table.Add(new[] { $"M:{List}.RemoveAt(System.Int32)", $"M:{IList}.RemoveAt(System.Int32)" }, call => call.CallOnReceiver("splice", call.Arg(0), Number(1)));
        table.Add($"M:{List}.RemoveAll({Predicate})", call => call.Helper("removeAll_", call.Receiver, call.Arg(0)));
        table.Add($"M:{List}.RemoveRange(System.Int32,System.Int32)", call => call.CallOnReceiver("splice", call.Arg(0), call.Arg(1)));
        table.Add(new[] { $"M:{List}.Clear", $"M:{Collection}.Clear" }, Clear);

        table.Add(new[] { $"M:{List}.Contains(`0)", $"M:{Collection}.Contains(`0)" }, call => KindOf(call.ReceiverOperation!) == RuntimeCollection.Set
            ? HashSetReplacements.Has(call)
            : Contains(call, call.Receiver, 0, ElementType(call), "Contains"));
        table.Add(new[] { $"M:{List}.IndexOf(`0)", $"M:{IList}.IndexOf(`0)" }, call => IndexOf(call, call.Receiver, 0, ElementType(call), "IndexOf"));
        table.Add($"M:{List}.LastIndexOf(`0)", call => IndexOf(call, call.Receiver, 0, ElementType(call), "LastIndexOf", fromEnd: true));

        table.Add($"M:{List}.Find({Predicate})", call => OrDefault(call.CallOnReceiver("find", call.Arg(0)), ElementType(call), call.Operation, call.Body));
        table.Add($"M:{List}.FindLast({Predicate})", call => OrDefault(call.Helper("findLast_", call.Receiver, call.Arg(0)), ElementType(call), call.Operation, call.Body));
        table.Add($"M:{List}.FindIndex({Predicate})", call => call.CallOnReceiver("findIndex", call.Arg(0)));
        table.Add($"M:{List}.FindAll({Predicate})", call => call.CallOnReceiver("filter", call.Arg(0)));
        table.Add($"M:{List}.Exists({Predicate})", call => call.CallOnReceiver("some", call.Arg(0)));
        table.Add($"M:{List}.TrueForAll({Predicate})", call => call.CallOnReceiver("every", call.Arg(0)));
        table.Add($"M:{List}.ForEach(System.Action{{`0}})", call => call.CallOnReceiver("forEach", call.Arg(0)));
        table.Add($"M:{List}.ConvertAll``1(System.Converter{{`0,``0}})", call => call.CallOnReceiver("map", call.Arg(0)));

        table.Add($"M:{List}.Sort", call => SortInPlace(call.Receiver, ElementType(call), DefaultComparison(ElementType(call), call.Operation, call.Body), call.Body));
        table.Add($"M:{List}.Sort(System.Comparison{{`0}})", call => SortInPlace(call.Receiver, ElementType(call), call.Arg(0), call.Body));
        table.Add($"M:{List}.Sort(System.Collections.Generic.IComparer{{`0}})",
            call => SortInPlace(call.Receiver, ElementType(call), ComparerReplacements.Comparison(call.ArgumentOperation(0)!, ElementType(call), call.Body), call.Body));
        table.Add($"M:{List}.BinarySearch(`0)", call => BinarySearch(call, call.Receiver, 0, null, ElementType(call)));
        table.Add($"M:{List}.BinarySearch(`0,System.Collections.Generic.IComparer{{`0}})", call => BinarySearch(call, call.Receiver, 0, 1, ElementType(call)));
        table.Add($"M:{List}.Reverse", call => call.CallOnReceiver("reverse"));
        table.Add($"M:{List}.GetRange(System.Int32,System.Int32)", GetRange);
        table.Add($"M:{List}.ToArray", call => call.CallOnReceiver("slice"));
    }

    /// <summary>The element type of a list or collection member: the type argument of its containing type.</summary>
    public static ITypeSymbol ElementType(BclCall call) => ((INamedTypeSymbol)call.Symbol.ContainingType).TypeArguments[0];

    private static JsExpression Element(BclCall call) => new JsIndex(call.Receiver, call.Arg(0));

    /// <summary>
    /// GAS1001 for Count or the indexer read through IReadOnlyCollection&lt;T&gt; or IReadOnlyList&lt;T&gt; in a program
    /// with a class of its own implementing them, whose object the value may be rather than an array; null otherwise.
    /// </summary>
    private static JsExpression? OfReadOnlyArray(BclCall call) => call.Body.Semantics.HasReadOnlyCollectionClasses
        ? call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnsupportedConstruct,
            $"reading '{call.Symbol.ContainingType.Name}<T>.{call.Symbol.Name}' through the interface, in a program whose classes implement it (read it from the class, or from a list or an array),")
        : null;

    private static JsExpression Remove(BclCall call)
    {
        if (KindOf(call.ReceiverOperation!) == RuntimeCollection.Set) return HashSetReplacements.Delete(call);
        if (!CanSearch(call, ElementType(call), "Remove", out var key)) return Placeholder;
        return key is null ? call.Helper("removeValue_", call.Receiver, call.Arg(0)) : call.Helper("removeValue_", call.Receiver, call.Arg(0), key);
    }

    private static JsExpression Clear(BclCall call) => KindOf(call.ReceiverOperation!) switch
    {
        RuntimeCollection.Set or RuntimeCollection.Map => call.CallOnReceiver("clear"),
        RuntimeCollection.Dictionary => DictionaryReplacements.Clear(call),
        _ => new JsAssign("=", call.Member("length"), Number(0)),
    };

    /// <summary><c>list.slice(start, start + count)</c>, folded when both are constants.</summary>
    private static JsExpression GetRange(BclCall call)
    {
        if (ConstantInt(call, 0) is { } start && ConstantInt(call, 1) is { } count) return call.CallOnReceiver("slice", Number(start), Number(start + count));
        var (first, again) = call.Body.Reuse(call.Arg(0), "start");
        return call.CallOnReceiver("slice", first, new JsBinary("+", again, call.Arg(1)));
    }
}

using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static AppsScript.Compiler.Replacements.EnumerableReplacements;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// LINQ and the library where a sequence read may be an iterator's (see <see cref="LazySequences"/>). .NET
/// enumerates such a sequence only when, and only as far as, it is asked, so the order of the iterator's side
/// effects, and whether an infinite one ends, depend on it. Operators that stream are deferred here too, helpers
/// over any iterable that give an iterable (Where, Select, Take, …); those that stop early (First, Any,
/// Contains, ElementAt, …) stop pulling as .NET does; those that read the whole sequence at once and call no code
/// of the program meanwhile (ToList, Count, Sum, string.Join, new List, …) materialise it at the call. Every other
/// member reading such a sequence is GAS1033.
/// </summary>
internal static class LazySequenceReplacements
{
    public static void Register(ReplacementTable table)
    {
        var predicate = Func("``0", Bool);
        var indexedPredicate = Func("``0", Int, Bool);

        table.AddOverLazy(new[] { $"{Linq}Where``1({Source},{predicate})", $"{Linq}Where``1({Source},{indexedPredicate})" },
            call => call.Helper("whereLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy(new[] { $"{Linq}Select``2({Source},{Func("``0", "``1")})", $"{Linq}Select``2({Source},{Func("``0", Int, "``1")})" },
            call => call.Helper("selectLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy(new[] { $"{Linq}SelectMany``2({Source},{Func("``0", Sequence("``1"))})", $"{Linq}SelectMany``2({Source},{Func("``0", Int, Sequence("``1"))})" },
            call => call.Helper("selectManyLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}SelectMany``3({Source},{Func("``0", Sequence("``1"))},{Func("``0", "``1", "``2")})",
            call => call.Helper("selectManyLazy_", call.Receiver, call.Arg(0), call.Arg(1)));
        table.AddOverLazy($"{Linq}Take``1({Source},{Int})", call => call.Helper("takeLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}Skip``1({Source},{Int})", call => AfterSelectedTake(call)
            ? ReplacementTable.RefuseOverLazy(call, "after a Select of a Take, over a sequence that may be an iterator's, is merged with the Take by .NET, which then calls the selector only for the elements it gives")
            : call.Helper("skipLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy(new[] { $"{Linq}TakeWhile``1({Source},{predicate})", $"{Linq}TakeWhile``1({Source},{indexedPredicate})" },
            call => call.Helper("takeWhileLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy(new[] { $"{Linq}SkipWhile``1({Source},{predicate})", $"{Linq}SkipWhile``1({Source},{indexedPredicate})" },
            call => call.Helper("skipWhileLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}Concat``1({Source},{Source})", call => call.Helper("concatLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}Append``1({Source},``0)", call => call.Helper("concatLazy_", call.Receiver, new JsArrayLiteral(new[] { call.Arg(0) })));
        table.AddOverLazy($"{Linq}Prepend``1({Source},``0)", call => call.Helper("concatLazy_", new JsArrayLiteral(new[] { call.Arg(0) }), call.Receiver));
        table.AddOverLazy($"{Linq}Zip``2({Source},{Sequence("``1")})", call => call.Helper("zipLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}Zip``3({Source},{Sequence("``1")},{Func("``0", "``1", "``2")})", call => call.Helper("zipLazy_", call.Receiver, call.Arg(0), call.Arg(1)));
        table.AddOverLazy($"{Linq}AsEnumerable``1({Source})", call => call.Receiver);

        table.AddOverLazy($"{Linq}First``1({Source})", call => SelectAfterPartition(call) ?? call.Helper("first_", call.Receiver));
        table.AddOverLazy($"{Linq}First``1({Source},{predicate})", call => SelectAfterPartition(call) ?? call.Helper("first_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}FirstOrDefault``1({Source})",
            call => SelectAfterPartition(call) ?? OrDefault(call.Helper("firstOrUndefined_", call.Receiver), ElementType(call), call.Operation, call.Body));
        table.AddOverLazy($"{Linq}FirstOrDefault``1({Source},{predicate})",
            call => SelectAfterPartition(call) ?? OrDefault(call.Helper("firstOrUndefined_", call.Receiver, call.Arg(0)), ElementType(call), call.Operation, call.Body));
        table.AddOverLazy($"{Linq}Any``1({Source})", call => SelectAfterPartition(call) ?? call.Helper("anyLazy_", call.Receiver));
        table.AddOverLazy($"{Linq}Any``1({Source},{predicate})", call => call.Helper("anyLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}All``1({Source},{predicate})", call => call.Helper("allLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}Count``1({Source})", call => call.Helper("countLazy_", call.Receiver));
        // LongCount has no shortcut: it enumerates, and another operator's enumeration reads each element's Current.
        table.AddOverLazy($"{Linq}LongCount``1({Source})", call => call.Helper("countLazy_", call.Receiver, new JsIdentifier("undefined"), new JsBooleanLiteral(true)));
        table.AddOverLazy(new[] { $"{Linq}Count``1({Source},{predicate})", $"{Linq}LongCount``1({Source},{predicate})" },
            call => call.Helper("countLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}Contains``1({Source},``0)", Contains);
        table.AddOverLazy($"{Linq}ElementAt``1({Source},{Int})",
            call => OverOperator(call) ?? call.Helper("elementAtLazy_", call.Receiver, call.Arg(0)));
        table.AddOverLazy($"{Linq}ElementAtOrDefault``1({Source},{Int})",
            call => OverOperator(call) ?? OrDefault(call.Helper("elementAtLazy_", call.Receiver, call.Arg(0), new JsBooleanLiteral(true)), ElementType(call), call.Operation, call.Body));

        RegisterWholeSequence(table);
    }

    /// <summary>Contains by .NET's equality, refused (GAS1026) where JavaScript cannot compare the elements so.</summary>
    private static JsExpression Contains(BclCall call)
    {
        if (!CanSearch(call, ElementType(call), "Contains", out var key)) return Placeholder;
        return key is null ? call.Helper("containsLazy_", call.Receiver, call.Arg(0)) : call.Helper("containsLazy_", call.Receiver, call.Arg(0), key);
    }

    /// <summary>
    /// Members that read the whole sequence when called, before any code of the program runs: the sequence
    /// materialised there is what .NET enumerates at that moment. An aggregate with a selector reads the selected
    /// values, so that each selector call follows its element as in .NET.
    /// </summary>
    private static void RegisterWholeSequence(ReplacementTable table)
    {
        const string items = "System.Collections.Generic.IEnumerable{`0}";
        const string strings = "M:System.String.";
        table.AddOverLazyAsIs(
            $"{Linq}ToList``1({Source})", $"{Linq}ToArray``1({Source})", $"{Linq}ToHashSet``1({Source})",
            $"M:System.Collections.Generic.List`1.#ctor({items})", $"M:System.Collections.Generic.List`1.AddRange({items})",
            $"M:System.Collections.Generic.List`1.InsertRange(System.Int32,{items})", $"M:System.Collections.Generic.HashSet`1.#ctor({items})");
        foreach (var id in new[]
        {
            $"{strings}Join(System.String,System.Collections.Generic.IEnumerable{{System.String}})", $"{strings}Join``1(System.String,System.Collections.Generic.IEnumerable{{``0}})",
            $"{strings}Join``1(System.Char,System.Collections.Generic.IEnumerable{{``0}})",
            $"{strings}Concat(System.Collections.Generic.IEnumerable{{System.String}})", $"{strings}Concat``1(System.Collections.Generic.IEnumerable{{``0}})",
        })
        {
            var joined = table.Reader(id);
            table.AddOverLazy(id, call => WrittenAsIs(TypeFacts.ElementType(call.Method!.Parameters[^1].Type))
                ? joined(call)
                : ReplacementTable.RefuseOverLazy(call, "of elements whose ToString may run the program's code, which .NET calls as it enumerates the sequence and JavaScript after, reads a sequence that may be an iterator's"));
        }

        table.AddOverLazy($"{Linq}Last``1({Source})", call => OverOperator(call) ?? call.Helper("last_", Materialised(call)));
        table.AddOverLazy($"{Linq}LastOrDefault``1({Source})",
            call => OverOperator(call) ?? OrDefault(new JsIndex(Call(Materialised(call), "slice", Number(-1)), Number(0)), ElementType(call), call.Operation, call.Body));
        foreach (var number in new[] { "System.Int32", "System.Int64", "System.Double" })
        {
            foreach (var type in new[] { number, $"System.Nullable{{{number}}}" })
            {
                var selector = Func("``0", type);
                foreach (var member in new[] { "Sum", "Average", "Min", "Max" })
                {
                    table.AddOverLazy($"{Linq}{member}({Sequence(type)})", call => AggregateReplacements.Lower(call, member, Materialised(call)));
                    table.AddOverLazy($"{Linq}{member}``1({Source},{selector})", call => AggregateReplacements.Lower(call, member, Selected(call)));
                }
            }
        }
        foreach (var member in new[] { "Min", "Max" })
        {
            table.AddOverLazy($"{Linq}{member}``1({Source})", call => ComparedAsIs(call) ?? AggregateReplacements.Lower(call, member, Materialised(call)));
            table.AddOverLazy($"{Linq}{member}``2({Source},{Func("``0", "``1")})", call => ComparedAsIs(call) ?? AggregateReplacements.Lower(call, member, Selected(call)));
        }
    }

    /// <summary>
    /// GAS1033 for Min and Max of values whose comparison may run the program's code (a class's CompareTo), which
    /// .NET calls as it enumerates and JavaScript after; null for values compared as they are.
    /// </summary>
    private static JsExpression? ComparedAsIs(BclCall call) => WrittenAsIs(call.Method!.TypeArguments[^1])
        ? null
        : ReplacementTable.RefuseOverLazy(call, "of values whose comparison may run the program's code, which .NET calls as it enumerates the sequence and JavaScript after, reads a sequence that may be an iterator's");

    /// <summary>
    /// GAS1033 for ElementAt and Last over another LINQ operator's sequence, null otherwise: .NET's operators answer
    /// them without enumerating what they need not (a Take's count checked first, a Select's selector called for
    /// the one element found), so only over a sequence the program made itself is enumerating up to the element .NET's answer.
    /// </summary>
    private static JsExpression? OverOperator(BclCall call) => LazySequences.IsLinqOperator(LazySequences.Origin(call.ReceiverOperation!, call.Body))
        ? ReplacementTable.RefuseOverLazy(call, "over another LINQ operator's sequence that may be an iterator's is answered by .NET's operator without enumerating every element or calling every selector, which JavaScript does not reproduce")
        : null;

    /// <summary>
    /// GAS1033 for First and Any over a Select of another LINQ operator's sequence, null otherwise: .NET's Select
    /// there takes the element from that operator, which ends the source's enumeration (running its finally blocks),
    /// before it calls the selector. Where, TakeWhile, SkipWhile and Zip, and a Select taking the index, call it
    /// while enumerating, as the streaming helpers do. Without a predicate, .NET hands the question down through
    /// Take, Skip, Append and Concat to such a Select too (a Prepend answers with its element).
    /// </summary>
    private static JsExpression? SelectAfterPartition(BclCall call)
    {
        var origin = LazySequences.Origin(call.ReceiverOperation!, call.Body);
        var handedDown = call.Method!.Parameters.Length == 1;
        if (handedDown && SkipsSelectorCalls(origin, call.Body, belowSkip: false))
            return ReplacementTable.RefuseOverLazy(call, "over a Skip of a Select whose sequence may be an iterator's is answered by .NET's operators without calling the selector for the elements skipped, which JavaScript does not reproduce");
        if (!SelectsAfterPartition(origin, call.Body, handedDown)) return null;
        return ReplacementTable.RefuseOverLazy(call, "over a Select of another LINQ operator's sequence that may be an iterator's ends the source's enumeration before .NET calls the selector, which JavaScript does not reproduce");
    }

    /// <summary>Whether the sequence is a Select of another LINQ operator's, or, <paramref name="handedDown"/>, one .NET's First() reaches through the partitions and concatenations above it.</summary>
    private static bool SelectsAfterPartition(IOperation sequence, BodyLowerer body, bool handedDown)
    {
        if (!LazySequences.IsLinqOperator(sequence)) return false;
        var invocation = (IInvocationOperation)sequence;
        IOperation Source(int index) => LazySequences.Origin(invocation.Arguments[index].Value, body);
        if (IsSelectOfElement(sequence))
        {
            var source = sequence;
            while (IsSelectOfElement(source)) source = LazySequences.Origin(((IInvocationOperation)source).Arguments[0].Value, body);
            return LazySequences.IsLinqOperator(source) && ((IInvocationOperation)source).TargetMethod.Name is not ("Where" or "TakeWhile" or "SkipWhile" or "Zip" or "Select");
        }
        if (!handedDown) return false;
        return invocation.TargetMethod.Name switch
        {
            "Take" or "Skip" or "Append" => SelectsAfterPartition(Source(0), body, handedDown),
            "Concat" => SelectsAfterPartition(Source(0), body, handedDown) || SelectsAfterPartition(Source(1), body, handedDown),
            _ => false,
        };
    }

    /// <summary>
    /// Whether .NET's First() or Any(), which it hands down through Concat, Take, Append, Prepend, Select and Skip
    /// rather than enumerating them, reaches a Select below a Skip: the Skip asks that Select for the element at its
    /// count, and it steps past the ones before without calling its selector, where enumerating calls it for each.
    /// </summary>
    private static bool SkipsSelectorCalls(IOperation sequence, BodyLowerer body, bool belowSkip)
    {
        if (!LazySequences.IsLinqOperator(sequence)) return false;
        var invocation = (IInvocationOperation)sequence;
        IOperation Source(int index) => LazySequences.Origin(invocation.Arguments[index].Value, body);
        return invocation.TargetMethod.Name switch
        {
            "Select" => (belowSkip && IsSelectOfElement(sequence)) || SkipsSelectorCalls(Source(0), body, belowSkip),
            "Skip" => SkipsSelectorCalls(Source(0), body, belowSkip: true),
            "Take" or "Append" or "Prepend" => SkipsSelectorCalls(Source(0), body, belowSkip),
            "Concat" => SkipsSelectorCalls(Source(0), body, belowSkip) || SkipsSelectorCalls(Source(1), body, belowSkip),
            _ => false,
        };
    }

    /// <summary>A Select whose selector takes the element alone (one taking the index too is a plain iterator in .NET).</summary>
    private static bool IsSelectOfElement(IOperation operation) =>
        LazySequences.IsLinqOperator(operation, "Select") && ((IInvocationOperation)operation).TargetMethod.Parameters[^1].Type is INamedTypeSymbol { TypeArguments.Length: 2 };

    /// <summary>
    /// Whether a sequence is a Select of a Take's, which .NET merges with a Skip that follows; a Skip of a Take itself
    /// is merged by partitionLazy_ as by .NET.
    /// </summary>
    private static bool AfterSelectedTake(BclCall call) =>
        LazySequences.IsLinqOperator(LazySequences.Origin(call.ReceiverOperation!, call.Body), "Select") && LazySequences.IsLinqOperator(Through(call, "Select"), "Take");

    /// <summary>The receiver's origin, through the LINQ operators of the name (to their sources).</summary>
    private static IOperation Through(BclCall call, string name)
    {
        var origin = LazySequences.Origin(call.ReceiverOperation!, call.Body);
        while (LazySequences.IsLinqOperator(origin, name)) origin = LazySequences.Origin(((IInvocationOperation)origin).Arguments[0].Value, call.Body);
        return origin;
    }

    /// <summary>Whether values of the type become text and compare without running code of the program: strings, chars, numbers, bools, enums.</summary>
    private static bool WrittenAsIs(ITypeSymbol? type)
    {
        var underlying = TypeFacts.Underlying(type);
        return TypeFacts.IsString(underlying) || TypeFacts.IsChar(underlying) || TypeFacts.IsNumeric(underlying) || TypeFacts.IsBool(underlying) || TypeFacts.IsEnum(underlying);
    }

    /// <summary>The receiver's elements, enumerated into an array now.</summary>
    private static JsExpression Materialised(BclCall call) => new JsArrayLiteral(new JsExpression[] { new JsSpread(call.Receiver) });

    /// <summary>The selector's values, each computed as its element is enumerated, into an array now.</summary>
    private static JsExpression Selected(BclCall call) =>
        new JsArrayLiteral(new JsExpression[] { new JsSpread(call.Helper("selectLazy_", call.Receiver, call.Arg(0))) });
}

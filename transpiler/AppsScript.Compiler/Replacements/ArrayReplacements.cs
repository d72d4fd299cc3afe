using System;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// T[] as a JavaScript array: the static helpers of System.Array, and the span methods that C# 14 binds
/// <c>array.Contains(x)</c> and <c>array.IndexOf(x)</c> to, which search the array.
/// </summary>
internal static class ArrayReplacements
{
    private const string Array = "M:System.Array.";
    private const string Predicate = "System.Predicate{``0}";

    public static void Register(ReplacementTable table)
    {
        table.Add("P:System.Array.Length", call => call.Member("length"));
        table.Add(Array + "Empty``1", _ => Empty);
        table.Add(Array + "IndexOf``1(``0[],``0)", call => IndexOf(call, call.Arg(0), 1, ElementType(call), "Array.IndexOf"));
        table.Add(Array + "LastIndexOf``1(``0[],``0)", call => IndexOf(call, call.Arg(0), 1, ElementType(call), "Array.LastIndexOf", fromEnd: true));
        table.Add(Array + "Sort``1(``0[])", call => SortInPlace(call.Arg(0), ElementType(call), DefaultComparison(ElementType(call), call.Operation, call.Body), call.Body));
        table.Add(Array + "Sort``1(``0[],System.Comparison{``0})", call => SortInPlace(call.Arg(0), ElementType(call), call.Arg(1), call.Body));
        table.Add(Array + "Sort``1(``0[],System.Collections.Generic.IComparer{``0})",
            call => SortInPlace(call.Arg(0), ElementType(call), ComparerReplacements.Comparison(call.ArgumentOperation(1)!, ElementType(call), call.Body), call.Body));
        table.Add(Array + "BinarySearch``1(``0[],``0)", call => BinarySearch(call, call.Arg(0), 1, null, ElementType(call)));
        table.Add(Array + "BinarySearch``1(``0[],``0,System.Collections.Generic.IComparer{``0})", call => BinarySearch(call, call.Arg(0), 1, 2, ElementType(call)));
        table.Add(Array + "Reverse``1(``0[])", call => Call(call.Arg(0), "reverse"));
        table.Add(Array + "Fill``1(``0[],``0)", Fill);
        table.Add(Array + $"Exists``1(``0[],{Predicate})", call => Call(call.Arg(0), "some", call.Arg(1)));
        table.Add(Array + $"TrueForAll``1(``0[],{Predicate})", call => Call(call.Arg(0), "every", call.Arg(1)));
        table.Add(Array + $"Find``1(``0[],{Predicate})", call => OrDefault(Call(call.Arg(0), "find", call.Arg(1)), ElementType(call), call.Operation, call.Body));
        table.Add(Array + $"FindLast``1(``0[],{Predicate})", call => OrDefault(call.Helper("findLast_", call.Arg(0), call.Arg(1)), ElementType(call), call.Operation, call.Body));
        table.Add(Array + $"FindIndex``1(``0[],{Predicate})", call => Call(call.Arg(0), "findIndex", call.Arg(1)));
        table.Add(Array + $"FindAll``1(``0[],{Predicate})", call => Call(call.Arg(0), "filter", call.Arg(1)));
        table.Add(Array + "ForEach``1(``0[],System.Action{``0})", call => Call(call.Arg(0), "forEach", call.Arg(1)));
        table.Add(Array + "ConvertAll``2(``0[],System.Converter{``0,``1})", call => Call(call.Arg(0), "map", call.Arg(1)));

        const string span = "System.ReadOnlySpan{``0}";
        table.Add($"M:System.MemoryExtensions.Contains``1({span},``0)", call => OnArray(call, array => Contains(call, array, 0, ElementType(call), "Contains")));
        table.Add($"M:System.MemoryExtensions.IndexOf``1({span},``0)", call => OnArray(call, array => IndexOf(call, array, 0, ElementType(call), "IndexOf")));
        table.Add($"M:System.MemoryExtensions.LastIndexOf``1({span},``0)",
            call => OnArray(call, array => IndexOf(call, array, 0, ElementType(call), "LastIndexOf", fromEnd: true)));
        table.Add($"M:System.MemoryExtensions.SequenceEqual``1({span},{span})", call => OnArray(call, array => EnumerableReplacements.SequenceEqual(call, array)));
    }

    /// <summary>Array.Fill; a struct is copied into each element, which would otherwise all be one object.</summary>
    private static JsExpression Fill(BclCall call)
    {
        var filled = Call(call.Arg(0), "fill", call.Arg(1));
        var elementType = ElementType(call);
        if (!TypeFacts.IsSourceStruct(elementType)) return filled;
        var element = new JsIdentifier(call.Body.FreshName("element"));
        var index = new JsIdentifier(call.Body.FreshName("index"));
        var array = new JsIdentifier(call.Body.FreshName("array"));
        var copy = new JsAssign("=", new JsIndex(array, index), StructCopies.Copy(element, TypeFacts.IsNullableValueType(elementType)));
        return Call(filled, "forEach", new JsArrow(new[] { new JsParameter(element.Name), new JsParameter(index.Name), new JsParameter(array.Name) }, copy));
    }

    private static ITypeSymbol ElementType(BclCall call) => call.Method!.TypeArguments[0];

    /// <summary>A span method whose span is an array converted implicitly, as C# 14 does for <c>array.Contains(x)</c>; a real span has no JavaScript form.</summary>
    private static JsExpression OnArray(BclCall call, Func<JsExpression, JsExpression> lower)
    {
        if (Written(call.ReceiverOperation!).Type is IArrayTypeSymbol) return lower(call.Body.Expression(Written(call.ReceiverOperation!)));
        return call.Body.Unsupported(call.Operation, DiagnosticDescriptors.UnmappedMember, call.Symbol.ToDisplayString(), ReplacementTable.DocumentationId(call.Symbol));
    }
}

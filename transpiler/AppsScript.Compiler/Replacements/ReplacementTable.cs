using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// The .NET library members the compiler can translate, keyed by documentation-comment ID of the member's
/// definition (for example <c>M:System.String.Substring(System.Int32,System.Int32)</c>). A member missing here
/// is an error (GAS2001), never a pass-through: "supported" has this one definition. One file per area
/// registers its entries.
/// </summary>
internal sealed class ReplacementTable
{
    private readonly Dictionary<string, Func<BclCall, JsExpression>> _readers = new();
    private readonly Dictionary<string, Func<BclCall, JsExpression>> _assignables = new();
    private readonly Dictionary<string, Func<BclCall, JsExpression>> _overLazy = new();

    /// <summary>The table of everything the compiler supports.</summary>
    public static ReplacementTable CreateDefault()
    {
        var table = new ReplacementTable();
        ConsoleReplacements.Register(table);
        DelegateReplacements.Register(table);
        StringReplacements.Register(table);
        CharReplacements.Register(table);
        NumberReplacements.Register(table);
        MathReplacements.Register(table);
        StringBuilderReplacements.Register(table);
        ConvertReplacements.Register(table);
        EncodingReplacements.Register(table);
        EnumReplacements.Register(table);
        ListReplacements.Register(table);
        ArrayReplacements.Register(table);
        DictionaryReplacements.Register(table);
        HashSetReplacements.Register(table);
        QueueReplacements.Register(table);
        StackReplacements.Register(table);
        EnumerableReplacements.Register(table);
        OrderingReplacements.Register(table);
        ComparerReplacements.Register(table);
        ElementCastReplacements.Register(table);
        AggregateReplacements.Register(table);
        TupleReplacements.Register(table);
        NullableReplacements.Register(table);
        ExceptionReplacements.Register(table);
        DateTimeReplacements.Register(table);
        JsonReplacements.Register(table);
        ObjectReplacements.Register(table);
        TypeNameReplacements.Register(table);
        UriReplacements.Register(table);
        RegexReplacements.Register(table);
        LazySequenceReplacements.Register(table);
        EnumeratorReplacements.Register(table);
        return table;
    }

    /// <summary>The default table without one member, so that a test can register its own lowering of it.</summary>
    internal static ReplacementTable CreateDefaultWithout(string documentationId)
    {
        var table = CreateDefault();
        table._readers.Remove(documentationId);
        return table;
    }

    /// <summary>Every documentation-comment ID in the table, for the test that checks each names a real member.</summary>
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var key in _readers.Keys) yield return key;
            foreach (var key in _assignables.Keys) yield return key;
            foreach (var key in _overLazy.Keys) yield return key;
        }
    }

    /// <summary>Registers how a call, constructor, operator, conversion, or property or field read is lowered.</summary>
    public void Add(string documentationId, Func<BclCall, JsExpression> lower)
    {
        if (!_readers.TryAdd(documentationId, lower)) throw new InvalidOperationException($"'{documentationId}' is registered twice.");
    }

    /// <summary>Registers the same lowering for several members, such as the overloads of one method.</summary>
    public void Add(IEnumerable<string> documentationIds, Func<BclCall, JsExpression> lower)
    {
        foreach (var id in documentationIds) Add(id, lower);
    }

    /// <summary>Registers the assignable JS expression a property or indexer stands for when it is assigned.</summary>
    public void AddAssignable(string documentationId, Func<BclCall, JsExpression> target)
    {
        if (!_assignables.TryAdd(documentationId, target)) throw new InvalidOperationException($"'{documentationId}' is registered twice as assignable.");
    }

    /// <summary>
    /// Registers how a call is lowered when a sequence it reads may be an iterator's lazy iterable (see
    /// <see cref="Lowering.LazySequences"/>); a member with a lowering but none of this kind is GAS1033 there.
    /// </summary>
    public void AddOverLazy(string documentationId, Func<BclCall, JsExpression> lower)
    {
        if (!_overLazy.TryAdd(documentationId, lower)) throw new InvalidOperationException($"'{documentationId}' is registered twice over lazy sequences.");
    }

    /// <summary>Registers the same lowering over lazy sequences for several members.</summary>
    public void AddOverLazy(IEnumerable<string> documentationIds, Func<BclCall, JsExpression> lower)
    {
        foreach (var id in documentationIds) AddOverLazy(id, lower);
    }

    /// <summary>
    /// Keeps a member's own lowering over lazy sequences, for members that enumerate a sequence whole when they are
    /// called and call no code of the program meanwhile: they read it through Conversions.AsArray, which
    /// materialises a lazy one at that moment, as .NET enumerates it.
    /// </summary>
    public void AddOverLazyAsIs(params string[] documentationIds)
    {
        foreach (var id in documentationIds) AddOverLazy(id, _readers[id]);
    }

    /// <summary>The lowering registered for a member, for a lowering over lazy sequences that builds on it.</summary>
    public Func<BclCall, JsExpression> Reader(string documentationId) => _readers[documentationId];

    public bool TryLower(BclCall call, out JsExpression result)
    {
        if (DocumentationId(call.Symbol) is { } id && _readers.ContainsKey(id) && Lowering.LazySequences.ReadsLazy(call))
        {
            result = _overLazy.TryGetValue(id, out var lower) ? lower(call) : RefuseOverLazy(call);
            return true;
        }
        return TryUse(_readers, call, out result);
    }

    /// <summary>GAS1033 for a call reading a sequence that may be an iterator's, with why JavaScript would not run it as .NET does.</summary>
    public static JsExpression RefuseOverLazy(BclCall call, string reason = "runs eagerly in JavaScript, and its sequence may be an iterator's, which .NET enumerates lazily, interleaving its side effects with the caller's")
    {
        call.Body.Unsupported(call.Operation, Diagnostics.DiagnosticDescriptors.EagerOverLazySequence, call.Symbol.ContainingType.Name + "." + call.Symbol.Name, reason);
        return Sequences.Placeholder;
    }

    public bool TryLowerAssignable(BclCall call, out JsExpression result) => TryUse(_assignables, call, out result);

    public bool Contains(ISymbol symbol) => DocumentationId(symbol) is { } id && _readers.ContainsKey(id);

    private static bool TryUse(Dictionary<string, Func<BclCall, JsExpression>> entries, BclCall call, out JsExpression result)
    {
        if (DocumentationId(call.Symbol) is { } id && entries.TryGetValue(id, out var lower))
        {
            result = lower(call);
            return true;
        }
        result = null!;
        return false;
    }

    /// <summary>The documentation-comment ID of a member's definition: generic instantiations and reduced extension methods map to their definition.</summary>
    public static string? DocumentationId(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { ReducedFrom: { } reduced }) symbol = reduced;
        return symbol.OriginalDefinition.GetDocumentationCommentId();
    }
}

using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// HashSet&lt;T&gt; (and ISet&lt;T&gt;, IReadOnlySet&lt;T&gt;) as a JavaScript Set, which compares elements as .NET's
/// default equality does for strings, numbers and references; of records, tuples and anonymous types, a KeyedSet_,
/// which has a Set's methods and compares their value keys; of a class with its own Equals, or given a comparer of the
/// program, an EqualitySet_, which calls them as .NET does. A value that may be null is passed as
/// <c>value ?? null</c>, so that undefined and null are one element.
/// </summary>
internal static class HashSetReplacements
{
    private const string HashSet = "System.Collections.Generic.HashSet`1";
    private const string ISet = "System.Collections.Generic.ISet`1";
    private const string Items = "System.Collections.Generic.IEnumerable{`0}";

    public static void Register(ReplacementTable table)
    {
        table.Add(new[] { $"M:{HashSet}.#ctor", $"M:{HashSet}.#ctor(System.Int32)" }, call => NewSet(KeyOfElements(call.Symbol.ContainingType, call.Body), call.Body));
        table.Add($"M:{HashSet}.#ctor({Items})", call => NewSet(KeyOfElements(call.Symbol.ContainingType, call.Body), call.Body, ElementsOf(call.ArgumentOperation(0)!, call.Body)));

        const string equality = "System.Collections.Generic.IEqualityComparer{`0}";
        table.Add($"M:{HashSet}.#ctor({equality})", call => WithEquality(call));
        table.Add($"M:{HashSet}.#ctor({Items},{equality})", call => WithEquality(call, ElementsOf(call.ArgumentOperation(0)!, call.Body)));

        table.Add($"P:{HashSet}.Count", call => call.Member("size"));
        table.Add(new[] { $"M:{HashSet}.Add(`0)", $"M:{ISet}.Add(`0)" }, call => ResultUnused(call)
            ? call.CallOnReceiver("add", Value(call, 0, ElementType(call)))
            : call.Helper("setAdd_", call.Receiver, Value(call, 0, ElementType(call))));
        table.Add($"M:{HashSet}.Remove(`0)", Delete);
        table.Add(new[] { $"M:{HashSet}.Contains(`0)", "M:System.Collections.Generic.IReadOnlySet`1.Contains(`0)" }, Has);
        table.Add($"M:{HashSet}.Clear", call => call.CallOnReceiver("clear"));

        foreach (var (member, helper) in new[]
        {
            ("UnionWith", "unionWith_"), ("IntersectWith", "intersectWith_"), ("ExceptWith", "exceptWith_"), ("SetEquals", "setEquals_"),
            ("IsSubsetOf", "isSubsetOf_"), ("IsSupersetOf", "isSupersetOf_"), ("Overlaps", "overlaps_"), ("SymmetricExceptWith", "symmetricExceptWith_"),
        })
        {
            var ids = new[] { HashSet, ISet }.Select(type => $"M:{type}.{member}({Items})").ToList();
            if (member is "SetEquals" or "IsSubsetOf" or "IsSupersetOf" or "Overlaps") ids.Add($"M:System.Collections.Generic.IReadOnlySet`1.{member}({Items})");
            table.Add(ids, call => !Sequences.CanHash(call.Operation, ElementType(call), call.Body, out _) || !CallsOwnEqualityAsDotNet(call)
                ? Sequences.Placeholder
                : call.Helper(helper, SetOperands(call).ToArray()));
        }
    }

    /// <summary>
    /// The set and the other collection; for SymmetricExceptWith of values .NET compares by their members from
    /// another HashSet, also that the two sets share .NET's equality, which their key functions, made at each
    /// place a set is made, do not show at run time.
    /// </summary>
    private static IEnumerable<JsExpression> SetOperands(BclCall call)
    {
        yield return call.Receiver;
        var other = call.ArgumentOperation(0)!;
        yield return ElementsOf(other, call.Body);
        if (call.Symbol.Name == "SymmetricExceptWith" && ValueKeys.ComparesByMembers(ElementType(call)) && IsHashSet(Written(other).Type)) yield return new JsBooleanLiteral(true);
    }

    /// <summary>
    /// Whether a set operation calls a class's own GetHashCode and Equals on the elements .NET calls them on, in its
    /// order: UnionWith, ExceptWith and Overlaps do, each element of the other collection in turn; the others take
    /// .NET's shortcuts and bit marks, which JavaScript does not follow (GAS1028).
    /// </summary>
    private static bool CallsOwnEqualityAsDotNet(BclCall call)
    {
        var elementType = ElementType(call);
        if (call.Symbol.Name is "UnionWith" or "ExceptWith" or "Overlaps" || !OwnEquality.IsOwn(elementType)) return true;
        call.Body.Unsupported(call.Operation, Diagnostics.DiagnosticDescriptors.ValueKeyNotSupported, elementType.ToDisplayString(),
            $"{call.Symbol.Name} would call its own Equals on other elements, or in another order, than .NET");
        return false;
    }

    private static bool IsHashSet(ITypeSymbol? type) => type?.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.HashSet<T>";

    /// <summary>
    /// A set given an equality comparer: the set of its element type, or for StringComparer.OrdinalIgnoreCase a
    /// KeyedSet_ keyed by each string upper-cased as .NET's ordinal comparison does, which keeps the first spelling added.
    /// </summary>
    private static JsExpression WithEquality(BclCall call, params JsExpression[] elements) => ComparerReplacements.EqualityOf((IObjectCreationOperation)call.Operation, call.Body) switch
    {
        ComparerReplacements.KeyEquality.OrdinalIgnoreCase => NewSet(call.Body.Helper("toUpperInvariant_"), call.Body, elements),
        ComparerReplacements.KeyEquality.Default => NewSet(KeyOfElements(call.Symbol.ContainingType, call.Body), call.Body, elements),
        ComparerReplacements.KeyEquality.Program => NewSet(DictionaryReplacements.ProgramEquality(call), call.Body, elements),
        _ => Sequences.Placeholder,
    };

    /// <summary><c>set.has(value)</c>.</summary>
    public static JsExpression Has(BclCall call) => call.CallOnReceiver("has", Value(call, 0, ElementType(call)));

    /// <summary><c>set.delete(value)</c>, which tells, as Remove does, whether the value was there.</summary>
    public static JsExpression Delete(BclCall call) => call.CallOnReceiver("delete", Value(call, 0, ElementType(call)));

    /// <summary>
    /// <c>new Set(elements)</c>, or an empty Set; for values .NET compares by their members, given their key
    /// function, <c>new KeyedSet_(key, elements)</c>.
    /// </summary>
    public static JsExpression NewSet(JsExpression? key, BodyLowerer body, params JsExpression[] elements) => key is null
        ? new JsNew(new JsIdentifier("Set"), elements)
        : new JsNew(body.Helper(OwnEquality.Is(key) ? "EqualitySet_" : "KeyedSet_"), elements.Prepend(key).ToList());

    /// <summary>
    /// The key function of a set type's elements, where .NET compares them by their members, or their equality
    /// object where by their own Equals (checked where the set is made).
    /// </summary>
    public static JsExpression? KeyOfElements(ITypeSymbol setType, BodyLowerer body)
    {
        var elementType = TypeFacts.ElementType(setType);
        if (OwnEquality.IsOwn(elementType)) return OwnEquality.Default(elementType!, null, body);
        if (!ValueKeys.ComparesByMembers(elementType)) return null;
        return ValueKeys.KeyFunction(elementType!, null, body);
    }

    /// <summary>
    /// The elements a set is made from or combined with: another Set as it is, anything else as an array in
    /// which an undefined element becomes null.
    /// </summary>
    public static JsExpression ElementsOf(IOperation operation, BodyLowerer body)
    {
        var iterable = Iterable(operation, body);
        return KindOf(operation) == RuntimeCollection.Set ? iterable : NullsAsOne(iterable, TypeFacts.ElementType(Written(operation).Type), body);
    }

    /// <summary>An element argument, with undefined made null where it may be null.</summary>
    public static JsExpression Value(BclCall call, int index, ITypeSymbol elementType)
    {
        var value = call.Arg(index);
        if (!ElementTypes.MayBeNull(elementType) || call.IsConstant(index) || call.ArgumentOperation(index) is { } operation && call.Body.IsKnownNotNull(operation)) return value;
        return new JsBinary("??", value, new JsNullLiteral());
    }

    private static ITypeSymbol ElementType(BclCall call) => ((INamedTypeSymbol)call.Symbol.ContainingType).TypeArguments[0];
}

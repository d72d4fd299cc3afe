using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// LINQ to objects, eager: every operator runs when it is called and gives an array (the documented
/// difference from .NET's deferred execution). The receiver is already an array (a set, dictionary or string
/// is converted on the way). Operators with a JavaScript twin become it (filter, map, flatMap, some, every,
/// find, slice, concat); those where .NET throws or compares differently go through helpers. Ordering and
/// aggregates have files of their own.
/// </summary>
internal static class EnumerableReplacements
{
    public const string Linq = "M:System.Linq.Enumerable.";
    public const string Source = "System.Collections.Generic.IEnumerable{``0}";
    public const string Bool = "System.Boolean";
    public const string Int = "System.Int32";

    /// <summary>The documentation-comment form of <c>Func&lt;...&gt;</c>.</summary>
    public static string Func(params string[] types) => "System.Func{" + string.Join(",", types) + "}";

    public static string Sequence(string element) => "System.Collections.Generic.IEnumerable{" + element + "}";

    public static void Register(ReplacementTable table)
    {
        var predicate = Func("``0", Bool);
        var indexedPredicate = Func("``0", Int, Bool);

        table.Add(new[] { $"{Linq}Where``1({Source},{predicate})", $"{Linq}Where``1({Source},{indexedPredicate})" },
            call => call.CallOnReceiver("filter", call.Arg(0)));
        table.Add(new[] { $"{Linq}Select``2({Source},{Func("``0", "``1")})", $"{Linq}Select``2({Source},{Func("``0", Int, "``1")})" },
            call => call.CallOnReceiver("map", call.Arg(0)));
        table.Add(new[] { $"{Linq}SelectMany``2({Source},{Func("``0", Sequence("``1"))})", $"{Linq}SelectMany``2({Source},{Func("``0", Int, Sequence("``1"))})" },
            call => call.CallOnReceiver("flatMap", call.Arg(0)));
        table.Add($"{Linq}SelectMany``3({Source},{Func("``0", Sequence("``1"))},{Func("``0", "``1", "``2")})",
            call => call.Helper("selectMany_", call.Receiver, call.Arg(0), call.Arg(1)));

        table.Add($"{Linq}Any``1({Source})", call => new JsBinary(">", CountOfReceiver(call), Number(0)));
        table.Add($"{Linq}Any``1({Source},{predicate})", call => call.CallOnReceiver("some", call.Arg(0)));
        table.Add($"{Linq}All``1({Source},{predicate})", call => call.CallOnReceiver("every", call.Arg(0)));
        table.Add(new[] { $"{Linq}Count``1({Source})", $"{Linq}LongCount``1({Source})" }, CountOfReceiver);
        table.Add(new[] { $"{Linq}Count``1({Source},{predicate})", $"{Linq}LongCount``1({Source},{predicate})" },
            call => new JsMember(call.CallOnReceiver("filter", call.Arg(0)), "length"));
        table.Add($"{Linq}Contains``1({Source},``0)", call => KindOf(call.ReceiverOperation!) == RuntimeCollection.Set
            ? Call(call.Body.Expression(Written(call.ReceiverOperation!)), "has", HashSetReplacements.Value(call, 0, ElementType(call)))
            : Contains(call, call.Receiver, 0, ElementType(call), "Contains"));
        table.Add($"{Linq}SequenceEqual``1({Source},{Source})", call => SequenceEqual(call, call.Receiver));

        RegisterElementAccess(table, predicate);
        RegisterConversions(table);
        RegisterPartitioning(table, predicate, indexedPredicate);

        table.Add($"{Linq}Concat``1({Source},{Source})", call => call.CallOnReceiver("concat", call.Arg(0)));
        table.Add($"{Linq}Append``1({Source},``0)", call => new JsArrayLiteral(Spread(Iterable(call.ReceiverOperation!, call.Body)).Append(call.Arg(0)).ToList()));
        table.Add($"{Linq}Prepend``1({Source},``0)", Prepend);
        table.Add(new[] { $"{Linq}Reverse``1({Source})", $"{Linq}Reverse``1(``0[])" }, call => Call(OwnArray(call.ReceiverOperation!, call.Body), "reverse"));
        table.Add($"{Linq}Zip``2({Source},{Sequence("``1")})", call => call.Helper("zip_", call.Receiver, call.Arg(0)));
        table.Add($"{Linq}Zip``3({Source},{Sequence("``1")},{Func("``0", "``1", "``2")})", call => call.Helper("zip_", call.Receiver, call.Arg(0), call.Arg(1)));
        table.Add($"{Linq}Range({Int},{Int})", call => call.Helper("range_", call.Arg(0), call.Arg(1)));
        table.Add($"{Linq}Repeat``1(``0,{Int})", call => call.Constant(1) is int count && count >= 0
            ? Call(new JsNew(new JsIdentifier("Array"), new[] { call.Arg(1) }), "fill", call.Arg(0))
            : call.Helper("repeat_", call.Arg(0), call.Arg(1)));
        table.Add($"{Linq}Empty``1", _ => Empty);
        table.Add($"{Linq}AsEnumerable``1({Source})", call => call.Receiver);

        table.Add($"{Linq}Distinct``1({Source})", Distinct);
        table.Add($"{Linq}Union``1({Source},{Source})", call => SetOperation(call, (first, second, key) =>
            Distinct(call, new JsArrayLiteral(Spread(first).Concat(Spread(second)).ToList()), key)));
        table.Add($"{Linq}Intersect``1({Source},{Source})", call => SetOperation(call, (first, second, key) =>
            call.Helper("intersect_", first, HashSetReplacements.NewSet(key, call.Body, second))));
        table.Add($"{Linq}Except``1({Source},{Source})", call => SetOperation(call, (first, second, key) =>
            call.Helper("except_", first, HashSetReplacements.NewSet(key, call.Body, second))));
        table.Add($"{Linq}DistinctBy``2({Source},{Func("``0", "``1")})",
            call => !CanHash(call.Operation, call.Method!.TypeArguments[1], call.Body, out var key) ? Placeholder
                : key is null ? call.Helper("distinctBy_", call.Receiver, call.Arg(0))
                : call.Helper(OwnEquality.Is(key) ? "distinctByEquality_" : "distinctBy_", call.Receiver, call.Arg(0), key));
        table.Add($"{Linq}GroupBy``2({Source},{Func("``0", "``1")})", call => GroupBy(call, withElements: false));
        table.Add($"{Linq}GroupBy``3({Source},{Func("``0", "``1")},{Func("``0", "``2")})", call => GroupBy(call, withElements: true));
        table.Add("P:System.Linq.IGrouping`2.Key", call => call.Member("key"));
        RegisterLookup(table);
        table.Add($"{Linq}Chunk``1({Source},{Int})", call => call.Helper("chunk_", call.Receiver, call.Arg(0)));
    }

    private static void RegisterElementAccess(ReplacementTable table, string predicate)
    {
        table.Add($"{Linq}First``1({Source})", call => call.Helper("first_", call.Receiver));
        table.Add($"{Linq}First``1({Source},{predicate})", call => call.Helper("first_", call.Receiver, call.Arg(0)));
        table.Add($"{Linq}FirstOrDefault``1({Source})", call => OrDefault(new JsIndex(call.Receiver, Number(0)), ElementType(call), call.Operation, call.Body));
        table.Add($"{Linq}FirstOrDefault``1({Source},{predicate})", call => OrDefault(call.CallOnReceiver("find", call.Arg(0)), ElementType(call), call.Operation, call.Body));
        table.Add($"{Linq}Last``1({Source})", call => call.Helper("last_", call.Receiver));
        table.Add($"{Linq}Last``1({Source},{predicate})", call => call.Helper("last_", call.Receiver, call.Arg(0)));
        table.Add($"{Linq}LastOrDefault``1({Source})", call => OrDefault(LastElement(call.Receiver), ElementType(call), call.Operation, call.Body));
        table.Add($"{Linq}LastOrDefault``1({Source},{predicate})", call => OrDefault(call.Helper("findLast_", call.Receiver, call.Arg(0)), ElementType(call), call.Operation, call.Body));
        table.Add($"{Linq}Single``1({Source})", call => call.Helper("single_", call.Receiver));
        table.Add($"{Linq}Single``1({Source},{predicate})", call => call.Helper("single_", call.Receiver, call.Arg(0)));
        table.Add($"{Linq}SingleOrDefault``1({Source})", call => OrDefault(call.Helper("singleOrDefault_", call.Receiver), ElementType(call), call.Operation, call.Body));
        table.Add($"{Linq}SingleOrDefault``1({Source},{predicate})",
            call => OrDefault(call.Helper("singleOrDefault_", call.Receiver, call.Arg(0)), ElementType(call), call.Operation, call.Body));
        table.Add($"{Linq}ElementAt``1({Source},{Int})", call => new JsIndex(call.Receiver, call.Arg(0)));
        table.Add($"{Linq}ElementAtOrDefault``1({Source},{Int})", call => OrDefault(new JsIndex(call.Receiver, call.Arg(0)), ElementType(call), call.Operation, call.Body));
    }

    private static void RegisterConversions(ReplacementTable table)
    {
        table.Add(new[] { $"{Linq}ToList``1({Source})", $"{Linq}ToArray``1({Source})" }, call => OwnArray(call.ReceiverOperation!, call.Body));
        table.Add($"{Linq}ToHashSet``1({Source})",
            call => CanHash(call.Operation, ElementType(call), call.Body, out var key)
                ? HashSetReplacements.NewSet(key, call.Body, HashSetReplacements.ElementsOf(call.ReceiverOperation!, call.Body))
                : Placeholder);
        table.Add($"{Linq}ToDictionary``2({Source},{Func("``0", "``1")})", call => ToDictionary(call, call.Arg(0)));
        table.Add($"{Linq}ToDictionary``3({Source},{Func("``0", "``1")},{Func("``0", "``2")})", call => ToDictionary(call, call.Arg(0), call.Arg(1)));
        table.Add(new[]
        {
            $"{Linq}ToDictionary``2({Sequence("System.Collections.Generic.KeyValuePair{``0,``1}")})", $"{Linq}ToDictionary``2({Sequence("System.ValueTuple{``0,``1}")})",
        }, call => TypeFacts.IsString(call.Method!.TypeArguments[0])
            ? call.Helper("dictionaryFrom_", DictionaryReplacements.Create(), call.Receiver)
            : DictionaryReplacements.NewMap(call.Method!.TypeArguments[0], call.Operation, call.Body, call.Receiver) ?? Placeholder);
    }

    private static void RegisterPartitioning(ReplacementTable table, string predicate, string indexedPredicate)
    {
        table.Add($"{Linq}Take``1({Source},{Int})", call => call.CallOnReceiver("slice", Number(0), NotNegative(call, 0)));
        table.Add($"{Linq}Skip``1({Source},{Int})", call => call.CallOnReceiver("slice", NotNegative(call, 0)));
        table.Add($"{Linq}TakeLast``1({Source},{Int})", call => FromEnd(call, take: true));
        table.Add($"{Linq}SkipLast``1({Source},{Int})", call => FromEnd(call, take: false));
        table.Add(new[] { $"{Linq}TakeWhile``1({Source},{predicate})", $"{Linq}TakeWhile``1({Source},{indexedPredicate})" },
            call => call.Helper("takeWhile_", call.Receiver, call.Arg(0)));
        table.Add(new[] { $"{Linq}SkipWhile``1({Source},{predicate})", $"{Linq}SkipWhile``1({Source},{indexedPredicate})" },
            call => call.Helper("skipWhile_", call.Receiver, call.Arg(0)));
    }

    /// <summary>
    /// ToLookup is GroupBy run at once, which this GroupBy already is: an array of the groups in the order their keys
    /// first appear, so that enumerating and counting it are an array's. The indexer gives an empty sequence for a
    /// key without a group, as .NET's does.
    /// </summary>
    private static void RegisterLookup(ReplacementTable table)
    {
        const string lookup = "System.Linq.ILookup`2";
        table.Add($"{Linq}ToLookup``2({Source},{Func("``0", "``1")})", call => GroupBy(call, withElements: false));
        table.Add($"{Linq}ToLookup``3({Source},{Func("``0", "``1")},{Func("``0", "``2")})", call => GroupBy(call, withElements: true));
        table.Add($"P:{lookup}.Count", call => call.Member("length"));
        table.Add($"P:{lookup}.Item(`0)", call => Group(call) is { } group ? new JsBinary("??", group, Empty) : Placeholder);
        table.Add($"M:{lookup}.Contains(`0)", call => Group(call) is { } group ? new JsBinary("!==", group, new JsIdentifier("undefined")) : Placeholder);
    }

    /// <summary>
    /// The group of a key, found with .NET's default equality of the key type: a record's, tuple's or anonymous
    /// value's by its value key. For a class with its own Equals, .NET's lookup calls GetHashCode and Equals in an
    /// order a search of the groups does not (GAS1028); null then.
    /// </summary>
    private static JsExpression? Group(BclCall call)
    {
        var keyType = ((INamedTypeSymbol)call.Symbol.ContainingType).TypeArguments[0];
        if (OwnEquality.IsOwn(keyType))
        {
            call.Body.Unsupported(call.Operation, Diagnostics.DiagnosticDescriptors.ValueKeyNotSupported, keyType.ToDisplayString(), "a lookup's indexer and Contains find its key without calling GetHashCode and Equals as .NET does");
            return null;
        }
        if (!Sequences.CanHash(call.Operation, keyType, call.Body, out var key)) return null;
        return key is null ? call.Helper("lookupGroup_", call.Receiver, call.Arg(0)) : call.Helper("lookupGroup_", call.Receiver, call.Arg(0), key);
    }

    /// <summary>TSource of a generic operator.</summary>
    public static ITypeSymbol ElementType(BclCall call) => call.Method!.TypeArguments[0];

    /// <summary>The number of elements, read from a set, dictionary or string itself rather than from a copy of its elements.</summary>
    private static JsExpression CountOfReceiver(BclCall call)
    {
        var kind = KindOf(call.ReceiverOperation!);
        if (kind is RuntimeCollection.Set or RuntimeCollection.Dictionary or RuntimeCollection.Map or RuntimeCollection.String) return Count(call.Body.Expression(Written(call.ReceiverOperation!)), kind);
        return Count(call.Receiver, RuntimeCollection.Array);
    }

    /// <summary><c>array[array.length - 1]</c> of a plain array, <c>array.slice(-1)[0]</c> of one computed here; undefined when empty.</summary>
    private static JsExpression LastElement(JsExpression array) => BodyLowerer.IsSimple(array)
        ? new JsIndex(array, new JsBinary("-", new JsMember(array, "length"), Number(1)))
        : new JsIndex(Call(array, "slice", Number(-1)), Number(0));

    /// <summary>SequenceEqual, refused for elements .NET compares by value.</summary>
    public static JsExpression SequenceEqual(BclCall call, JsExpression first) =>
        !CanSearch(call, ElementType(call), "SequenceEqual", out var key) ? Placeholder
            : key is null ? call.Helper("sequenceEqual_", first, call.Arg(0)) : call.Helper("sequenceEqual_", first, call.Arg(0), key);

    /// <summary><c>[...new Set(source)]</c>: the first of equal elements, in order.</summary>
    private static JsExpression Distinct(BclCall call)
    {
        if (!CanHash(call.Operation, ElementType(call), call.Body, out var key)) return Placeholder;
        if (KindOf(call.ReceiverOperation!) == RuntimeCollection.Set) return call.Receiver;
        return Distinct(call, key is null ? HashSetReplacements.ElementsOf(call.ReceiverOperation!, call.Body) : call.Receiver, key);
    }

    /// <summary>
    /// The distinct elements of an array: by their value keys where .NET compares them by their members, else
    /// through a Set, except where an element may be a double, which a Set would give back as 0 for -0 where .NET
    /// keeps the first element as it is.
    /// </summary>
    private static JsExpression Distinct(BclCall call, JsExpression elements, JsExpression? key)
    {
        if (key is not null)
        {
            var item = call.Body.FreshName("item");
            return call.Helper(OwnEquality.Is(key) ? "distinctByEquality_" : "distinctBy_", elements, new JsArrow(new[] { new JsParameter(item) }, new JsIdentifier(item)), key);
        }
        var type = ElementType(call);
        var mayBeDouble = TypeFacts.IsFloating(type) || type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.TypeParameter;
        if (mayBeDouble) return call.Helper("distinct_", elements);
        return new JsArrayLiteral(new JsExpression[] { new JsSpread(HashSetReplacements.NewSet(null, call.Body, elements)) });
    }

    /// <summary>
    /// Union, Intersect and Except: distinct elements by a Set, or by their value keys (the key function) where
    /// .NET compares them by their members, undefined made null where an element may be null.
    /// </summary>
    private static JsExpression SetOperation(BclCall call, System.Func<JsExpression, JsExpression, JsExpression?, JsExpression> lower)
    {
        var elementType = ElementType(call);
        if (!CanHash(call.Operation, elementType, call.Body, out var key)) return Placeholder;
        return lower(NullsAsOne(call.Receiver, elementType, call.Body), NullsAsOne(call.Arg(0), elementType, call.Body), key);
    }

    private static JsExpression GroupBy(BclCall call, bool withElements)
    {
        if (!CanHash(call.Operation, call.Method!.TypeArguments[1], call.Body, out var key)) return Placeholder;
        var arguments = new System.Collections.Generic.List<JsExpression> { call.Receiver, call.Arg(0) };
        if (withElements || key is not null) arguments.Add(withElements ? call.Arg(1) : new JsIdentifier("undefined"));
        if (key is not null) arguments.Add(key);
        return call.Helper(OwnEquality.Is(key) ? "groupByEquality_" : "groupBy_", arguments.ToArray());
    }

    private static JsExpression ToDictionary(BclCall call, params JsExpression[] selectors)
    {
        var keyType = call.Method!.TypeArguments[1];
        if (TypeFacts.IsString(keyType)) return call.Helper("toDictionary_", new[] { call.Receiver }.Concat(selectors).ToArray());
        if (DictionaryReplacements.NewMap(keyType, call.Operation, call.Body) is not { } map) return Placeholder;
        var elementSelector = selectors.Length > 1 ? selectors[1] : new JsIdentifier("undefined");
        return call.Helper("toDictionary_", call.Receiver, selectors[0], elementSelector, map);
    }

    /// <summary>A count for slice: as it is when it is a constant that is not negative, else <c>Math.max(n, 0)</c>, since .NET reads a negative count as 0 and slice as counting from the end.</summary>
    private static JsExpression NotNegative(BclCall call, int index) => ConstantInt(call, index) is >= 0 || IsCount(call.ArgumentOperation(index))
        ? call.Arg(index)
        : new JsCall(new JsMember(new JsIdentifier("Math"), "max"), new[] { call.Arg(index), Number(0) });

    /// <summary>A library collection's or string's Length or Count, which is never negative.</summary>
    private static bool IsCount(IOperation? operation) =>
        operation is IPropertyReferenceOperation { Property: { Name: "Length" or "Count" } property } && property.ContainingType.DeclaringSyntaxReferences.Length == 0;

    /// <summary>TakeLast and SkipLast: <c>slice(-n)</c> and <c>slice(0, -n)</c> for a positive constant, else counted from the length.</summary>
    private static JsExpression FromEnd(BclCall call, bool take)
    {
        if (ConstantInt(call, 0) is > 0 and var count)
        {
            return take ? call.CallOnReceiver("slice", Number(-count)) : call.CallOnReceiver("slice", Number(0), Number(-count));
        }
        var (source, again) = call.Body.Reuse(call.Receiver, "source");
        var kept = new JsCall(new JsMember(new JsIdentifier("Math"), "max"), new JsExpression[] { new JsBinary("-", new JsMember(again, "length"), call.Arg(0)), Number(0) });
        return take ? Call(source, "slice", kept) : Call(source, "slice", Number(0), kept);
    }

    /// <summary>
    /// <c>[value, ...source]</c>. .NET evaluates the source before the value, so where both may have an effect the
    /// source is evaluated first, into a temporary.
    /// </summary>
    private static JsExpression Prepend(BclCall call)
    {
        var source = Iterable(call.ReceiverOperation!, call.Body);
        var value = call.Arg(0);
        if (BodyLowerer.IsSimple(source) || BodyLowerer.IsSimple(value)) return new JsArrayLiteral(Spread(source).Prepend(value).ToList());
        var evaluated = call.Body.HoistedTemp("source");
        return new JsSequence(new JsExpression[] { new JsAssign("=", evaluated, source), new JsArrayLiteral(Spread(evaluated).Prepend(value).ToList()) });
    }
}

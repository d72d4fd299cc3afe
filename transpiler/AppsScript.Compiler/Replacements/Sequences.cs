using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// What the list, array, set and LINQ replacements share: where a sequence came from (so that a copy is taken
/// only of an array someone else holds), searching with .NET's equality, sorting with .NET's default order, the
/// default of an element type, and the checks that keep value-equal types out of sets, keys and searches.
/// </summary>
internal static class Sequences
{
    /// <summary>Methods of the library whose result is an array they built, by containing type and name.</summary>
    private static readonly Dictionary<string, HashSet<string>> MakeNewArrays = new()
    {
        ["System.Linq.Enumerable"] = new()
        {
            "Where", "Select", "SelectMany", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending", "GroupBy",
            "ToList", "ToArray", "Distinct", "DistinctBy", "Take", "Skip", "TakeWhile", "SkipWhile", "TakeLast", "SkipLast", "Concat", "Reverse",
            "Zip", "Range", "Repeat", "Empty", "Append", "Prepend", "Chunk", "Union", "Intersect", "Except",
        },
        ["System.Collections.Generic.List<T>"] = new() { "GetRange", "FindAll", "ConvertAll", "ToArray" },
        ["System.Array"] = new() { "Empty", "FindAll", "ConvertAll" },
        ["System.Collections.Generic.Queue<T>"] = new() { "ToArray" },
        ["System.Collections.Generic.Stack<T>"] = new() { "ToArray" },
        ["System.Text.RegularExpressions.Regex"] = new() { "Matches", "Split" },
    };

    /// <summary>The operation the program wrote, without the implicit conversions that pass it as a sequence.</summary>
    public static IOperation Written(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }

    /// <summary>How the value the program wrote is held at run time.</summary>
    public static RuntimeCollection KindOf(IOperation operation) => TypeFacts.CollectionOf(Written(operation).Type);

    /// <summary>
    /// Whether the array an operation lowers to was made by it, so that nothing else holds it: a LINQ result, a
    /// new list or array, a dictionary's keys, or the copy that a set, dictionary or string becomes as a sequence.
    /// </summary>
    public static bool IsFresh(IOperation operation)
    {
        var written = Written(operation);
        if (KindOf(written) is RuntimeCollection.Set or RuntimeCollection.Dictionary or RuntimeCollection.Map or RuntimeCollection.String) return true;
        return written switch
        {
            IArrayCreationOperation or ICollectionExpressionOperation or IObjectCreationOperation => true,
            IInvocationOperation invocation => MakeNewArrays.TryGetValue(invocation.TargetMethod.ContainingType.OriginalDefinition.ToDisplayString(), out var names)
                && names.Contains(invocation.TargetMethod.Name),
            IPropertyReferenceOperation { Property: { Name: "Keys" or "Values" } property } => TypeFacts.CollectionOf(property.ContainingType) is RuntimeCollection.Dictionary or RuntimeCollection.Map,
            _ => false,
        };
    }

    /// <summary>The elements as an array the caller may keep and change: the operation's own new array, else a copy.</summary>
    public static JsExpression OwnArray(IOperation operation, BodyLowerer body)
    {
        var array = Conversions.AsArray(operation, body);
        return IsFresh(operation) || LazySequences.MayBeLazy(operation, body) ? array : Call(array, "slice");
    }

    /// <summary>What to spread (<c>...x</c>) or pass to <c>new Set(x)</c> for the elements: a set itself, anything else as an array.</summary>
    public static JsExpression Iterable(IOperation operation, BodyLowerer body) =>
        KindOf(operation) == RuntimeCollection.Set ? body.Expression(Written(operation)) : Conversions.AsArray(operation, body);

    /// <summary>The elements of an iterable as arguments or array elements: an array literal's own elements, else <c>...iterable</c>.</summary>
    public static JsExpression[] Spread(JsExpression iterable) =>
        iterable is JsArrayLiteral literal ? literal.Elements.ToArray() : new JsExpression[] { new JsSpread(iterable) };

    /// <summary>The number of elements of a collection held as <paramref name="kind"/>.</summary>
    public static JsExpression Count(JsExpression collection, RuntimeCollection kind) => kind switch
    {
        RuntimeCollection.Set or RuntimeCollection.Map => new JsMember(collection, "size"),
        RuntimeCollection.Dictionary => new JsMember(ObjectCall("keys", collection), "length"),
        _ => new JsMember(collection, "length"),
    };

    /// <summary>A value that is undefined where .NET has the default of <paramref name="type"/>: <c>value ?? 0</c> for a number, the value itself where the default is null.</summary>
    public static JsExpression OrDefault(JsExpression value, ITypeSymbol? type, IOperation at, BodyLowerer body)
    {
        var defaultValue = Literals.DefaultOf(type, at, body);
        return defaultValue is JsNullLiteral ? value : new JsBinary("??", value, defaultValue);
    }

    /// <summary>Whether the value of a call is thrown away, so that a cheaper form that does not compute it will do.</summary>
    public static bool ResultUnused(BclCall call) => call.Operation.Parent is IExpressionStatementOperation;

    // ---- equality -------------------------------------------------------------------------------------

    /// <summary><c>array.includes(value)</c>, or a search that also finds an undefined element for a null value.</summary>
    public static JsExpression Contains(BclCall call, JsExpression array, int valueIndex, ITypeSymbol? elementType, string member)
    {
        if (!CanSearch(call, elementType, member, out var key)) return Placeholder;
        if (key is not null) return new JsBinary(">=", call.Helper("indexOfValue_", array, call.Arg(valueIndex), key), new JsNumberLiteral(0));
        if (NeedsNullAwareSearch(call, valueIndex, elementType))
        {
            return new JsBinary(">=", call.Helper("indexOfValue_", array, call.Arg(valueIndex)), new JsNumberLiteral(0));
        }
        return Call(array, "includes", call.Arg(valueIndex));
    }

    /// <summary><c>array.indexOf(value)</c> or <c>lastIndexOf</c>, or a search that also matches NaN and undefined as .NET's equality does.</summary>
    public static JsExpression IndexOf(BclCall call, JsExpression array, int valueIndex, ITypeSymbol? elementType, string member, bool fromEnd = false)
    {
        if (!CanSearch(call, elementType, member, out var key)) return Placeholder;
        if (key is not null) return call.Helper(fromEnd ? "lastIndexOfValue_" : "indexOfValue_", array, call.Arg(valueIndex), key);
        var mayBeNaN = TypeFacts.IsFloating(elementType) && !(call.Constant(valueIndex) is double constant && !double.IsNaN(constant));
        if (NeedsNullAwareSearch(call, valueIndex, elementType) || mayBeNaN)
        {
            return call.Helper(fromEnd ? "lastIndexOfValue_" : "indexOfValue_", array, call.Arg(valueIndex));
        }
        return Call(array, fromEnd ? "lastIndexOf" : "indexOf", call.Arg(valueIndex));
    }

    /// <summary>
    /// Whether elements of the type can be searched for: by <c>===</c>, or, for values .NET compares by their
    /// members, by their value keys (<paramref name="key"/>, the key function), or, for a class with its own Equals,
    /// by it (<paramref name="key"/>, its equality object, <see cref="OwnEquality"/>).
    /// </summary>
    public static bool CanSearch(BclCall call, ITypeSymbol? elementType, string member, out JsExpression? key)
    {
        key = null;
        if (OwnEquality.IsOwn(elementType))
        {
            key = OwnEquality.Default(elementType!, call.Operation.Syntax, call.Body, hashes: false);
            return key is not null;
        }
        if (ValueKeys.ComparesByMembers(elementType))
        {
            key = ValueKeys.KeyFunction(elementType!, call.Operation.Syntax, call.Body);
            return key is not null;
        }
        if (SeenAsAnother(elementType, call.Body) is { } seen)
        {
            call.Body.Unsupported(call.Operation, DiagnosticDescriptors.ValueEqualityNotSupported, member, seen);
            return false;
        }
        if (!ElementTypes.ComparesByValue(elementType)) return true;
        call.Body.Unsupported(call.Operation, DiagnosticDescriptors.ValueEqualityNotSupported, member, elementType!.ToDisplayString());
        return false;
    }

    /// <summary>
    /// Whether values of the type can be set elements or keys: as they are, or, for values .NET compares by their
    /// members, by their value keys (<paramref name="key"/>, the key function), or, for a class with its own Equals
    /// and GetHashCode, by them (<paramref name="key"/>, its equality object, <see cref="OwnEquality"/>).
    /// </summary>
    public static bool CanHash(IOperation at, ITypeSymbol? type, BodyLowerer body, out JsExpression? key)
    {
        key = null;
        if (OwnEquality.IsOwn(type))
        {
            key = OwnEquality.Default(type!, at.Syntax, body);
            return key is not null;
        }
        if (ValueKeys.ComparesByMembers(type))
        {
            key = ValueKeys.KeyFunction(type!, at.Syntax, body);
            return key is not null;
        }
        if (SeenAsAnother(type, body) is { } seen)
        {
            body.Unsupported(at, DiagnosticDescriptors.ValueKeyNotSupported, type!.ToDisplayString(), $"it may hold {seen}");
            return false;
        }
        if (!ElementTypes.ComparesByValue(type)) return true;
        body.Unsupported(at, DiagnosticDescriptors.ValueKeyNotSupported, type!.ToDisplayString(), "it is a class with its own Equals");
        return false;
    }

    /// <summary>
    /// For elements typed object, an interface or a type parameter in a program that lets a value .NET compares by
    /// value be seen as one: that value and where, which JavaScript would compare by reference. Null otherwise.
    /// </summary>
    private static string? SeenAsAnother(ITypeSymbol? type, BodyLowerer body)
    {
        if (type is null || !(type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType || type.TypeKind is TypeKind.Interface or TypeKind.TypeParameter)) return null;
        return body.Context.BoxedValues.Compared is { } seen
            ? $"a {seen.Type.ToDisplayString()} (seen as {type.ToDisplayString()} at {Analysis.BoxedNumbers.Where(seen.Where)})"
            : null;
    }

    /// <summary>
    /// A value searched for among elements that may be null needs a search treating undefined as null, unless
    /// the value itself is known not to be null.
    /// </summary>
    private static bool NeedsNullAwareSearch(BclCall call, int valueIndex, ITypeSymbol? elementType) =>
        ElementTypes.MayBeNull(elementType) && !(call.ArgumentOperation(valueIndex) is { } value && call.Body.IsKnownNotNull(value));

    /// <summary>
    /// The array with undefined replaced by null, for a Set or Map that must see one null: only where the
    /// elements may be null at all.
    /// </summary>
    public static JsExpression NullsAsOne(JsExpression array, ITypeSymbol? elementType, BodyLowerer body)
    {
        if (!ElementTypes.MayBeNull(elementType)) return array;
        var item = body.FreshName("item");
        return Call(array, "map", new JsArrow(new[] { new JsParameter(item) }, new JsBinary("??", new JsIdentifier(item), new JsNullLiteral())));
    }

    // ---- order ------------------------------------------------------------------------------------------

    /// <summary>The comparison of .NET's default comparer for the type: <c>(a, b) => a - b</c> for integers and dates, else compare_.</summary>
    public static JsExpression DefaultComparison(ITypeSymbol? type, IOperation at, BodyLowerer body)
    {
        if (ElementTypes.IsSubtractable(type))
        {
            return new JsArrow(new[] { new JsParameter("a"), new JsParameter("b") }, new JsBinary("-", new JsIdentifier("a"), new JsIdentifier("b")));
        }
        RequireDefaultOrder(type, at, body);
        return body.Helper("compare_");
    }

    /// <summary>Reports GAS1001 for a type whose default order JavaScript does not reproduce (a class, a record, a KeyValuePair).</summary>
    public static void RequireDefaultOrder(ITypeSymbol? type, IOperation at, BodyLowerer body)
    {
        if (ElementTypes.HasDefaultOrder(type)) return;
        body.Unsupported(at, DiagnosticDescriptors.UnsupportedConstruct,
            $"ordering '{type?.ToDisplayString()}' by .NET's default comparer (only numbers, strings, chars, bools, enums, dates, classes implementing IComparable<T> and tuples of these have it)");
    }

    /// <summary>
    /// List.BinarySearch and Array.BinarySearch: binarySearch_ with the comparer's comparison, or .NET's default one
    /// when there is no comparer.
    /// </summary>
    public static JsExpression BinarySearch(BclCall call, JsExpression array, int valueIndex, int? comparerIndex, ITypeSymbol elementType)
    {
        var comparison = comparerIndex is { } index
            ? ComparerReplacements.Comparison(call.ArgumentOperation(index)!, elementType, call.Body)
            : DefaultComparison(elementType, call.Operation, call.Body);
        return call.Helper("binarySearch_", array, call.Arg(valueIndex), comparison);
    }

    /// <summary>
    /// <c>array.sort(comparison)</c>. Array.prototype.sort puts undefined last without asking the comparison, so
    /// where an element may be null (and so undefined), a helper makes every null one null first.
    /// </summary>
    public static JsExpression SortInPlace(JsExpression array, ITypeSymbol? elementType, JsExpression comparison, BodyLowerer body) =>
        ElementTypes.MayBeNull(elementType) ? body.CallHelper("sortAllowingNull_", array, comparison) : Call(array, "sort", comparison);

    // ---- JS building ------------------------------------------------------------------------------------

    public static JsCall Call(JsExpression target, string method, params JsExpression[] arguments) => new(new JsMember(target, method), arguments);

    public static JsCall ObjectCall(string method, params JsExpression[] arguments) => Call(new JsIdentifier("Object"), method, arguments);

    /// <summary><c>Object.prototype.hasOwnProperty.call(dictionary, key)</c>: a key of the dictionary, never an inherited member.</summary>
    public static JsExpression HasOwn(JsExpression dictionary, JsExpression key) =>
        new JsCall(new JsMember(new JsMember(new JsMember(new JsIdentifier("Object"), "prototype"), "hasOwnProperty"), "call"), new[] { dictionary, key });

    /// <summary>The expression lowering returns after it reported an error, so that it goes on to find more.</summary>
    public static JsExpression Placeholder => new JsIdentifier("undefined");

    public static JsExpression Number(int value) => new JsNumberLiteral(value);

    /// <summary>The constant value of an int argument, when it has one.</summary>
    public static int? ConstantInt(BclCall call, int index) => call.Constant(index) is int value ? value : null;

    public static JsExpression Empty => new JsArrayLiteral(System.Array.Empty<JsExpression>());
}

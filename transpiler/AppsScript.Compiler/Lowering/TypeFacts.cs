using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>How a C# value is represented at run time in JavaScript.</summary>
internal enum RuntimeCollection
{
    /// <summary>Not a collection, or one without a JS representation.</summary>
    None,

    /// <summary>
    /// A JS array: T[], List&lt;T&gt;, IEnumerable&lt;T&gt; and the list and collection interfaces, Queue&lt;T&gt; (its
    /// front first), Stack&lt;T&gt; (its top first, the order in which .NET enumerates both), and a MatchCollection.
    /// </summary>
    Array,

    /// <summary>A JS Set: HashSet&lt;T&gt;.</summary>
    Set,

    /// <summary>A plain object keyed by string: Dictionary&lt;string, V&gt; and its interfaces.</summary>
    Dictionary,

    /// <summary>A KeyedMap_: a Dictionary&lt;K, V&gt; (and its interfaces) of any other key type.</summary>
    Map,

    /// <summary>A string enumerated as UTF-16 code units.</summary>
    String,
}

internal static class TypeFacts
{
    public static bool IsIntegral(ITypeSymbol? type) => Underlying(type)?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte;

    public static bool IsFloating(ITypeSymbol? type) => Underlying(type)?.SpecialType is SpecialType.System_Double;

    public static bool IsNumeric(ITypeSymbol? type) => IsIntegral(type) || IsFloating(type);

    public static bool IsLong(ITypeSymbol? type) => Underlying(type)?.SpecialType == SpecialType.System_Int64;

    public static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    public static bool IsChar(ITypeSymbol? type) => Underlying(type)?.SpecialType == SpecialType.System_Char;

    public static bool IsBool(ITypeSymbol? type) => Underlying(type)?.SpecialType == SpecialType.System_Boolean;

    /// <summary>Numeric types JavaScript numbers cannot model faithfully.</summary>
    public static bool IsUnsupportedNumeric(ITypeSymbol? type) => Underlying(type)?.SpecialType is SpecialType.System_Decimal
        or SpecialType.System_Single or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_IntPtr
        or SpecialType.System_UIntPtr;

    public static bool IsNullableValueType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    /// <summary>T for T?, else the type itself.</summary>
    public static ITypeSymbol? Underlying(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    /// <summary>True when a value of the type is never null or undefined at run time.</summary>
    public static bool IsNonNullableValueType(ITypeSymbol? type) => type is { IsValueType: true } && !IsNullableValueType(type) && type.TypeKind != TypeKind.TypeParameter;

    /// <summary>True for a struct declared in source (the program's own; a library's value types come from metadata), or a nullable one.</summary>
    public static bool IsSourceStruct(ITypeSymbol? type) =>
        Underlying(type) is INamedTypeSymbol { TypeKind: TypeKind.Struct, IsTupleType: false, DeclaringSyntaxReferences.Length: > 0 };

    public static bool IsEnum(ITypeSymbol? type) => Underlying(type)?.TypeKind == TypeKind.Enum;

    public static bool IsDateTime(ITypeSymbol? type) => Underlying(type)?.SpecialType == SpecialType.System_DateTime;

    public static bool IsDateTimeOffset(ITypeSymbol? type) => FullNames.Is(Underlying(type), "System.DateTimeOffset");

    public static bool IsTimeSpan(ITypeSymbol? type) => FullNames.Is(Underlying(type), "System.TimeSpan");

    public static bool IsTuple(ITypeSymbol? type) => type is INamedTypeSymbol { IsTupleType: true };

    public static bool IsKeyValuePair(ITypeSymbol? type) =>
        FullNames.Is(type, "System.Collections.Generic.KeyValuePair`2");

    public static RuntimeCollection CollectionOf(ITypeSymbol? type)
    {
        if (type is null) return RuntimeCollection.None;
        if (type.SpecialType == SpecialType.System_String) return RuntimeCollection.String;
        if (type is IArrayTypeSymbol) return RuntimeCollection.Array;
        return type.OriginalDefinition.ToDisplayString() switch
        {
            "System.Collections.Generic.List<T>" or "System.Collections.Generic.IEnumerable<T>" or "System.Collections.Generic.IList<T>"
                or "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IReadOnlyList<T>"
                or "System.Collections.Generic.IReadOnlyCollection<T>" or "System.Linq.IOrderedEnumerable<TElement>"
                or "System.Linq.IGrouping<TKey, TElement>" or "System.Linq.ILookup<TKey, TElement>"
                or "System.Collections.Generic.Queue<T>" or "System.Collections.Generic.Stack<T>"
                or "System.Text.RegularExpressions.MatchCollection" => RuntimeCollection.Array,
            "System.Collections.Generic.HashSet<T>" or "System.Collections.Generic.ISet<T>" or "System.Collections.Generic.IReadOnlySet<T>" => RuntimeCollection.Set,
            "System.Collections.Generic.Dictionary<TKey, TValue>" or "System.Collections.Generic.IDictionary<TKey, TValue>"
                or "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>" => IsString(((INamedTypeSymbol)type).TypeArguments[0]) ? RuntimeCollection.Dictionary : RuntimeCollection.Map,
            _ => RuntimeCollection.None,
        };
    }

    /// <summary>Whether the type is IEnumerator&lt;T&gt; or the enumerator of a list, set or dictionary, which the script represents alike.</summary>
    public static bool IsEnumerator(ITypeSymbol type) =>
        type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerator_T
        || type.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.List<T>.Enumerator" or "System.Collections.Generic.HashSet<T>.Enumerator"
            or "System.Collections.Generic.Dictionary<TKey, TValue>.Enumerator";

    /// <summary>The element type of a collection (for a dictionary, its KeyValuePair), when there is one.</summary>
    public static ITypeSymbol? ElementType(ITypeSymbol? type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol named => EnumerableElement(named),
        _ => null,
    };

    private static ITypeSymbol? EnumerableElement(INamedTypeSymbol type)
    {
        if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T) return type.TypeArguments[0];
        foreach (var contract in type.AllInterfaces)
        {
            if (contract.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T) return contract.TypeArguments[0];
        }
        return null;
    }
}

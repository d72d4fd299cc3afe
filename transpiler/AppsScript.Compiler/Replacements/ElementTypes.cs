using System.Linq;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// What the type of a collection's elements or keys tells about JavaScript's equality, order and null: whether
/// <c>===</c>, a Set or a Map treat its values as .NET's default equality does, whether compare_ orders them as
/// .NET's default comparer does, and whether null (which may be undefined at run time) can be among them.
/// </summary>
internal static class ElementTypes
{
    /// <summary>
    /// True for types .NET compares by value where JavaScript compares references: records, tuples,
    /// KeyValuePair, anonymous types and classes of the program that override Equals.
    /// </summary>
    public static bool ComparesByValue(ITypeSymbol? type)
    {
        type = TypeFacts.Underlying(type);
        if (type is null) return false;
        if (type.IsTupleType || type.IsAnonymousType || type.IsRecord || TypeFacts.IsKeyValuePair(type) || TypeFacts.IsSourceStruct(type)) return true;
        if (type.OriginalDefinition.ContainingNamespace?.ToDisplayString() == "System" && type.OriginalDefinition.Name == "Tuple") return true;
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.DeclaringSyntaxReferences.Length == 0) continue;
            if (current.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// True for types whose order under .NET's Comparer&lt;T&gt;.Default is compare_'s: numbers, strings
    /// (ordinal), chars, bools, enums, dates and time spans, their nullable forms, the program's classes that
    /// implement IComparable&lt;T&gt; for themselves or a base class (compare_ calls their compareTo), and tuples of these.
    /// </summary>
    public static bool HasDefaultOrder(ITypeSymbol? type)
    {
        type = TypeFacts.Underlying(type);
        if (type is INamedTypeSymbol { IsTupleType: true } tuple) return tuple.TupleElements.All(e => HasDefaultOrder(e.Type));
        return TypeFacts.IsNumeric(type) || TypeFacts.IsString(type) || TypeFacts.IsChar(type) || TypeFacts.IsBool(type) || TypeFacts.IsEnum(type)
            || TypeFacts.IsDateTime(type) || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type) || IsComparableClass(type);
    }

    /// <summary>
    /// A class or struct of the program whose Comparer&lt;T&gt;.Default is its own CompareTo: it implements IComparable&lt;U&gt;
    /// with U the class or one of its bases, so that .NET's default comparer uses it.
    /// </summary>
    private static bool IsComparableClass(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && named.DeclaringSyntaxReferences.Length > 0
        && named.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == "System.IComparable<T>" && IsSelfOrBase(named, i.TypeArguments[0]));

    private static bool IsSelfOrBase(INamedTypeSymbol type, ITypeSymbol candidate)
    {
        for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, candidate)) return true;
        }
        return false;
    }

    /// <summary>True for a type whose values are finite numbers that are never null, so that <c>a - b</c> orders them.</summary>
    public static bool IsSubtractable(ITypeSymbol? type) =>
        TypeFacts.IsNonNullableValueType(type) && (TypeFacts.IsIntegral(type) || TypeFacts.IsEnum(type) || TypeFacts.IsDateTime(type)
            || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type));

    /// <summary>
    /// Whether values of the type may be null, and so, at run time, null or undefined. The nullable annotations
    /// are trusted: a <c>List&lt;string&gt;</c> holds no null, a <c>List&lt;string?&gt;</c> may.
    /// </summary>
    public static bool MayBeNull(ITypeSymbol? type) => type switch
    {
        null => true,
        ITypeParameterSymbol parameter => parameter.NullableAnnotation == NullableAnnotation.Annotated
            || !(parameter.HasValueTypeConstraint || parameter.HasNotNullConstraint || parameter.HasReferenceTypeConstraint),
        { IsValueType: true } => TypeFacts.IsNullableValueType(type),
        _ => type.NullableAnnotation != NullableAnnotation.NotAnnotated,
    };
}

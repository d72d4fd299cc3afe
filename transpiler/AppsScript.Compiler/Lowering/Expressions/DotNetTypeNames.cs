using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// What the compiler can tell of a value's .NET type: the name object.ToString prints for a value without its own
/// string (<see cref="DotNetNames.FullName"/>), and the classes of the program it may be an instance of.
/// </summary>
internal static class DotNetTypeNames
{
    /// <summary>
    /// The name printed for a value of the type, where the compiler knows it: a .NET collection, or a class of the
    /// program without ToString that no class derives from (so the value's type at run time is this one); else null.
    /// </summary>
    public static string? PrintedName(ITypeSymbol type, ScriptSemantics semantics)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array) return DotNetNames.FullName(array.ElementType) is { } element ? element + "[]" : null;
        if (type is not INamedTypeSymbol named || named.IsAnonymousType || named.IsTupleType) return null;
        if (TypeFacts.CollectionOf(named) is RuntimeCollection.Array or RuntimeCollection.Set or RuntimeCollection.Dictionary or RuntimeCollection.Map)
        {
            return named.TypeKind == TypeKind.Class && !semantics.IsInSource(named) ? DotNetNames.FullName(named) : null;
        }
        if (semantics.ShapeOf(named) is TypeShape.Class or TypeShape.PlainData && !named.IsRecord && !named.IsGenericType && !semantics.HasDerivedTypes(named)
            && !Strings.HasOwnToString(named, semantics))
        {
            return DotNetNames.FullName(named);
        }
        return null;
    }

    /// <summary>
    /// The classes of the program a value of the type may be an instance of, the type itself last and the most
    /// derived first; null when the type is not a class of the program.
    /// </summary>
    public static List<INamedTypeSymbol>? ClassesOf(ITypeSymbol type, ScriptSemantics semantics)
    {
        if (type is not INamedTypeSymbol named) return null;
        var definition = named.OriginalDefinition;
        // Plain data has neither a base class nor a derived one: its static type is the type of its values.
        if (semantics.ShapeOf(definition) == TypeShape.PlainData) return new List<INamedTypeSymbol> { definition };
        if (semantics.ShapeOf(definition) != TypeShape.Class) return null;
        return semantics.SourceTypes
            .Where(t => !t.IsAbstract && !SymbolEqualityComparer.Default.Equals(t, definition) && DerivesFrom(t, definition) && semantics.ShapeOf(t) == TypeShape.Class)
            .OrderByDescending(Depth)
            .Append(definition)
            .ToList();
    }

    public static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol ancestor)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ancestor)) return true;
        }
        return false;
    }

    /// <summary>How many base classes the type has: a class sorts after the classes deriving from it.</summary>
    public static int Depth(INamedTypeSymbol type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType) depth++;
        return depth;
    }
}

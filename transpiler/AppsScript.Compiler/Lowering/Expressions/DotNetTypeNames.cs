using System.Linq;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The name .NET's Type.ToString gives a type, which object.ToString prints for a value without its own string:
/// <c>System.Collections.Generic.List`1[System.Int32]</c>, <c>System.String[]</c>, <c>Shop.Basket</c>.
/// </summary>
internal static class DotNetTypeNames
{
    /// <summary>
    /// The name printed for a value of the type, where the compiler knows it: a .NET collection, or a class of the
    /// program without ToString that no class derives from (so the value's type at run time is this one); else null.
    /// </summary>
    public static string? PrintedName(ITypeSymbol type, ScriptSemantics semantics)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array) return FullName(array.ElementType) is { } element ? element + "[]" : null;
        if (type is not INamedTypeSymbol named || named.IsAnonymousType || named.IsTupleType) return null;
        if (TypeFacts.CollectionOf(named) is RuntimeCollection.Array or RuntimeCollection.Set or RuntimeCollection.Dictionary or RuntimeCollection.Map)
        {
            return named.TypeKind == TypeKind.Class && !semantics.IsInSource(named) ? FullName(named) : null;
        }
        if (semantics.ShapeOf(named) is TypeShape.Class or TypeShape.PlainData && !named.IsRecord && !named.IsGenericType && !semantics.HasDerivedTypes(named)
            && !Strings.HasOwnToString(named, semantics))
        {
            return FullName(named);
        }
        return null;
    }

    private static string? FullName(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol { Rank: 1 } array:
                return FullName(array.ElementType) is { } element ? element + "[]" : null;
            case INamedTypeSymbol named:
                var name = named.MetadataName;
                var outer = named.ContainingType is { } container ? FullName(container) + "+" : Namespace(named);
                if (named.TypeArguments.Length == 0) return outer + name;
                var arguments = named.TypeArguments.Select(FullName).ToList();
                return arguments.Any(a => a is null) ? null : $"{outer}{name}[{string.Join(",", arguments)}]";
            default:
                return null;
        }
    }

    private static string Namespace(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : "";
}

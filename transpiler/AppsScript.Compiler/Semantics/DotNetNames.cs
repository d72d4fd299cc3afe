using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// The names .NET gives a type at run time, which the compiled program must print alike: in object.ToString,
/// GetType().Name and .FullName, exception messages (a cast's, a type initialiser's, the default Message of an
/// exception class) and Newtonsoft's messages.
/// </summary>
internal static class DotNetNames
{
    /// <summary>
    /// Type.ToString's name, FullName outside generics: namespace, outer classes before a '+', a generic type's arity
    /// and then every type argument of it and of its outer classes: <c>Shop.Outer+Inner</c>, <c>System.Int32[]</c>,
    /// <c>System.Collections.Generic.List`1[System.Int32]</c>, <c>Shop.Outer`1+Inner[System.String]</c>; null where a
    /// type parameter stands in it.
    /// </summary>
    public static string? FullName(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol { Rank: 1 } array:
                return FullName(array.ElementType) is { } element ? element + "[]" : null;
            case INamedTypeSymbol named:
                var arguments = TypeArguments(named).Select(FullName).ToList();
                if (arguments.Any(a => a is null)) return null;
                return arguments.Count == 0 ? DefinitionName(named) : $"{DefinitionName(named)}[{string.Join(",", arguments)}]";
            default:
                return null;
        }
    }

    /// <summary>
    /// The name .NET's runtime gives a type in its messages (a failed cast's, a type initialiser's): a nested class
    /// without type arguments of its own by its own name (<c>Inner</c>), any other type by its <see cref="FullName"/>.
    /// </summary>
    public static string? MessageName(ITypeSymbol type) =>
        type is INamedTypeSymbol { ContainingType: not null, TypeArguments.Length: 0 } nested ? nested.MetadataName : FullName(type);

    /// <summary>Type.Name: the type's own name with its arity, <c>Box`1</c>, without namespace or outer class.</summary>
    public static string Name(ITypeSymbol type) => type.MetadataName;

    /// <summary>The generic definition's name: <c>Shop.Outer`1+Inner</c>.</summary>
    private static string DefinitionName(INamedTypeSymbol type)
    {
        var outer = type.ContainingType is { } container ? DefinitionName(container) + "+"
            : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "."
            : "";
        return outer + type.MetadataName;
    }

    /// <summary>The type arguments of the type and of its outer classes, outermost first, as .NET lists them.</summary>
    private static IEnumerable<ITypeSymbol> TypeArguments(INamedTypeSymbol type) =>
        (type.ContainingType is { } container ? TypeArguments(container) : Enumerable.Empty<ITypeSymbol>()).Concat(type.TypeArguments);
}

using System.Linq;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// The program's classes that implement IEnumerable&lt;T&gt; or IEnumerator&lt;T&gt;. Such a class becomes a JavaScript
/// iterable (its <c>[Symbol.iterator]</c> drives its GetEnumerator), and its enumerators keep .NET's members
/// (<c>moveNext()</c>, <c>current</c>, <c>dispose()</c>), so that foreach, LINQ and code driving an enumerator by
/// hand reach the program's own methods in .NET's order.
/// </summary>
internal static class EnumerableClasses
{
    /// <summary>Whether the type is a class of the program implementing IEnumerable&lt;T&gt;.</summary>
    public static bool IsEnumerableClass(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && named.DeclaringSyntaxReferences.Length > 0
        && named.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);

    /// <summary>Whether the type is a class of the program implementing IReadOnlyCollection&lt;T&gt; (IReadOnlyList&lt;T&gt; too).</summary>
    public static bool IsReadOnlyCollectionClass(ITypeSymbol? type) =>
        IsEnumerableClass(type) && type!.AllInterfaces.Any(IsReadOnlyCollectionInterface);

    /// <summary>Whether the type is IReadOnlyCollection&lt;T&gt; or IReadOnlyList&lt;T&gt;.</summary>
    public static bool IsReadOnlyCollectionInterface(ITypeSymbol? type) =>
        type?.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IReadOnlyCollection_T or SpecialType.System_Collections_Generic_IReadOnlyList_T;

    /// <summary>
    /// The GetEnumerator a class declares for IEnumerable&lt;T&gt;, where the class is the first of its chain to
    /// implement it: the class that gets the <c>[Symbol.iterator]</c> its subclasses inherit.
    /// </summary>
    public static IMethodSymbol? OwnGetEnumerator(INamedTypeSymbol type)
    {
        if (!IsEnumerableClass(type) || IsEnumerableClass(type.BaseType)) return null;
        var enumerable = type.AllInterfaces.First(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T);
        var getEnumerator = enumerable.GetMembers("GetEnumerator").OfType<IMethodSymbol>().First();
        return type.FindImplementationForInterfaceMember(getEnumerator) as IMethodSymbol;
    }

    /// <summary>
    /// Whether the member explicitly implements the non-generic IEnumerable.GetEnumerator or IEnumerator.Current of a
    /// class implementing the generic interface, which C# requires beside the generic member and which only code
    /// using the non-generic interfaces (outside the subset) calls: they are not emitted.
    /// </summary>
    public static bool IsNonGenericCounterpart(ISymbol member) => member switch
    {
        IMethodSymbol method => method.ExplicitInterfaceImplementations.Any(m => IsNonGeneric(m, "System.Collections.IEnumerable", "GetEnumerator"))
            && IsEnumerableClass(method.ContainingType),
        IPropertySymbol property => property.ExplicitInterfaceImplementations.Any(p => IsNonGeneric(p, "System.Collections.IEnumerator", "Current"))
            && property.ContainingType.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerator_T),
        _ => false,
    };

    private static bool IsNonGeneric(ISymbol member, string interfaceName, string name) =>
        member.Name == name && member.ContainingType.ToDisplayString() == interfaceName;
}

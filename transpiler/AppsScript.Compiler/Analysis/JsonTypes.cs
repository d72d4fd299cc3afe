using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Analysis;

/// <summary>
/// The JSON view of C# types that the checks and the JSON lowering share: which types a value of a type holds
/// in its JSON (members of plain data and anonymous types, elements, dictionary values), and the members of a
/// plain-data type with their types as constructed (a Page&lt;Track&gt;'s Items is a List&lt;Track&gt;).
/// </summary>
internal static class JsonTypes
{
    /// <summary>
    /// The properties of plain data in declaration order, the order Newtonsoft writes them: each as constructed
    /// for the type's arguments, with its declaration, which carries the key, the attributes and the location.
    /// </summary>
    public static IEnumerable<(IPropertySymbol Property, IPropertySymbol Declaration)> PlainDataMembers(ITypeSymbol type, ScriptSemantics semantics)
    {
        foreach (var declaration in semantics.PlainDataMembers(type))
        {
            var constructed = type.GetMembers(declaration.Name).OfType<IPropertySymbol>().FirstOrDefault() ?? declaration;
            yield return (constructed, declaration);
        }
    }

    /// <summary>The types of the values a value of this type holds in JSON, one level down.</summary>
    public static IEnumerable<ITypeSymbol> Children(ITypeSymbol type, ScriptSemantics semantics)
    {
        var underlying = TypeFacts.Underlying(type)!;
        if (underlying.IsAnonymousType) return underlying.GetMembers().OfType<IPropertySymbol>().Select(p => p.Type);
        if (semantics.ShapeOf(underlying) == TypeShape.PlainData) return PlainDataMembers(underlying, semantics).Select(m => m.Property.Type);
        return TypeFacts.CollectionOf(underlying) switch
        {
            RuntimeCollection.Array when TypeFacts.ElementType(underlying) is { } element => new[] { element },
            RuntimeCollection.Dictionary or RuntimeCollection.Map when DictionaryValue(underlying) is { } value => new[] { value },
            _ => Enumerable.Empty<ITypeSymbol>(),
        };
    }

    /// <summary>The type and every type reachable from it through <see cref="Children"/>, each once.</summary>
    public static IEnumerable<ITypeSymbol> Reachable(ITypeSymbol type, ScriptSemantics semantics)
    {
        var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.IncludeNullability);
        var pending = new Stack<ITypeSymbol>();
        pending.Push(type);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current)) continue;
            yield return current;
            foreach (var child in Children(current, semantics)) pending.Push(child);
        }
    }

    public static ITypeSymbol? DictionaryKey(ITypeSymbol dictionary) => dictionary is INamedTypeSymbol { TypeArguments.Length: 2 } named ? named.TypeArguments[0] : null;

    public static ITypeSymbol? DictionaryValue(ITypeSymbol dictionary) => dictionary is INamedTypeSymbol { TypeArguments.Length: 2 } named ? named.TypeArguments[1] : null;

    /// <summary>True for a type whose values the compiler cannot see through: object or a type parameter.</summary>
    public static bool IsOpaque(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.TypeParameter or TypeKind.Dynamic;

    /// <summary>Whether JSON text of the type may hold a string: a string or char value, a dictionary key, or an opaque value.</summary>
    public static bool MayHoldStrings(ITypeSymbol type, ScriptSemantics semantics) =>
        Reachable(type, semantics).Select(TypeFacts.Underlying).Any(t => TypeFacts.IsString(t) || TypeFacts.IsChar(t) || IsOpaque(t!) || t!.TypeKind == TypeKind.Interface
            || TypeFacts.CollectionOf(t) is RuntimeCollection.Dictionary or RuntimeCollection.Map);

    /// <summary>
    /// What in the type's JSON the replacer of NullValueHandling.Ignore could not tell from plain data: a
    /// dictionary whose values may be null (Newtonsoft keeps those) or an opaque value, which may hold one.
    /// </summary>
    public static ITypeSymbol? NullValueHandlingObstacle(ITypeSymbol type, ScriptSemantics semantics) =>
        Reachable(type, semantics).Select(t => TypeFacts.Underlying(t)!).FirstOrDefault(t => IsOpaque(t)
            || (TypeFacts.CollectionOf(t) is RuntimeCollection.Dictionary or RuntimeCollection.Map && DictionaryValue(t) is { } value
                && (TypeFacts.IsNullableValueType(value) || (value.IsReferenceType && value.NullableAnnotation != NullableAnnotation.NotAnnotated))));
}

using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Linking;

/// <summary>
/// Finds overrides that a base constructor calls before the derived class's fields are set. C# runs a derived
/// class's field initialisers before the base constructor; JavaScript assigns them only after <c>super()</c> returns,
/// so an override that a base constructor reaches (directly, or through the class chain's members and overrides)
/// and that reads the fields of the derived class or of a class in between (directly or through what it calls) would see them unset: GAS1032 at the override. A base class with constructor methods
/// has no such gap: the derived class sets its fields before it calls the base constructor's method.
/// </summary>
internal static class BaseConstructorCalls
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    public static void Check(ScriptSemantics semantics, CodeGraph graph, List<Diagnostic> diagnostics)
    {
        foreach (var type in semantics.SourceTypes.Where(t => semantics.ShapeOf(t) == TypeShape.Class))
        {
            // A base class with constructor methods runs its constructor after the derived class set its fields, as C# does.
            if (HasConstructorMethods(type.BaseType, semantics)) continue;
            // The fields still unset while a base constructor runs: the type's own, and those of the classes in between whose fields follow super().
            var state = InstanceState(type).ToHashSet(Comparer);
            // A base constructor reaches what the constructors of the classes below it reach too: each override is reported once.
            var reported = new HashSet<ISymbol>(Comparer);
            for (var baseType = type.BaseType; baseType is not null && semantics.IsInSource(baseType); baseType = baseType.BaseType)
            {
                var called = Reached(baseType.OriginalDefinition.InstanceConstructors, type, graph);
                foreach (var member in type.GetMembers().Where(m => m.IsOverride && called.Contains(m.OriginalDefinition)))
                {
                    if (reported.Contains(member) || !Reached(new[] { member }, type, graph).Overlaps(state)) continue;
                    reported.Add(member);
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.OverrideCalledByBaseConstructor, member.Locations.FirstOrDefault(),
                        member.ToDisplayString(), type.Name, baseType.Name));
                }
                if (!HasConstructorMethods(baseType.BaseType, semantics)) state.UnionWith(InstanceState(baseType));
            }
        }
    }

    private static bool HasConstructorMethods(INamedTypeSymbol? type, ScriptSemantics semantics) =>
        type is { TypeKind: TypeKind.Class } && semantics.IsInSource(type) && semantics.HasConstructorMethods(type);

    /// <summary>The fields and auto-properties the JavaScript constructor assigns after <c>super()</c>.</summary>
    private static IEnumerable<ISymbol> InstanceState(INamedTypeSymbol type) => type.GetMembers().Where(m => !m.IsStatic && !m.IsImplicitlyDeclared && m switch
    {
        IFieldSymbol { IsConst: false, AssociatedSymbol: null } => true,
        IPropertySymbol property => ScriptSemantics.IsAutoProperty(property),
        _ => false,
    });

    /// <summary>
    /// What the members run on an object of the type, directly or through what they call among the members of the
    /// type and its bases: an overridable member brings the overrides the type's chain declares, which virtual
    /// dispatch may run.
    /// </summary>
    private static HashSet<ISymbol> Reached(IEnumerable<ISymbol> members, INamedTypeSymbol type, CodeGraph graph)
    {
        var reached = new HashSet<ISymbol>(Comparer);
        var work = new Stack<ISymbol>(members);
        while (work.Count > 0)
        {
            foreach (var reference in BodiesOf(work.Pop()).SelectMany(graph.ReferencesOf))
            {
                if (!IsOwnOrInherited(reference.ContainingType, type)) continue;
                foreach (var member in WithOverrides(reference.OriginalDefinition, type))
                {
                    if (reached.Add(member)) work.Push(member);
                }
            }
        }
        return reached;
    }

    private static IEnumerable<ISymbol> WithOverrides(ISymbol member, INamedTypeSymbol type)
    {
        yield return member;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var candidate in current.GetMembers().Where(m => m.IsOverride && Overrides(m).Contains(member, Comparer))) yield return candidate.OriginalDefinition;
        }
    }

    private static bool IsOwnOrInherited(INamedTypeSymbol? container, INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Comparer.Equals(container?.OriginalDefinition, current.OriginalDefinition)) return true;
        }
        return false;
    }

    /// <summary>The members an override overrides, up the chain.</summary>
    private static IEnumerable<ISymbol> Overrides(ISymbol member)
    {
        for (var current = Overridden(member); current is not null; current = Overridden(current)) yield return current.OriginalDefinition;
    }

    private static ISymbol? Overridden(ISymbol member) => member switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };

    private static IEnumerable<ISymbol> BodiesOf(ISymbol symbol)
    {
        yield return symbol;
        if (symbol is not IPropertySymbol property) yield break;
        if (property.GetMethod is { } getter) yield return getter;
        if (property.SetMethod is { } setter) yield return setter;
    }
}

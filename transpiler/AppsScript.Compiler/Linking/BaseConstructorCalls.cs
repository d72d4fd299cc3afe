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
/// so an override that a base constructor reaches (directly or through the base class's own members) and that reads
/// the derived class's fields would see them unset: GAS1032 at the override. A base class with constructor methods
/// has no such gap: the derived class sets its fields before it calls the base constructor's method.
/// </summary>
internal static class BaseConstructorCalls
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    public static void Check(ScriptSemantics semantics, CodeGraph graph, List<Diagnostic> diagnostics)
    {
        foreach (var type in semantics.SourceTypes.Where(t => semantics.ShapeOf(t) == TypeShape.Class))
        {
            var state = InstanceState(type).ToHashSet(Comparer);
            if (state.Count == 0) continue;
            // A base class with constructor methods runs its constructor after the derived class set its fields, as C# does.
            if (type.BaseType is { TypeKind: TypeKind.Class } direct && semantics.IsInSource(direct) && semantics.HasConstructorMethods(direct)) continue;
            for (var baseType = type.BaseType; baseType is not null && semantics.IsInSource(baseType); baseType = baseType.BaseType)
            {
                var called = CalledDuringConstruction(baseType.OriginalDefinition, graph);
                foreach (var member in type.GetMembers().Where(m => m.IsOverride && Overrides(m).Any(called.Contains)))
                {
                    if (!BodiesOf(member).SelectMany(graph.ReferencesOf).Any(state.Contains)) continue;
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.OverrideCalledByBaseConstructor, member.Locations.FirstOrDefault(),
                        member.ToDisplayString(), type.Name, baseType.Name));
                }
            }
        }
    }

    /// <summary>The fields and auto-properties the JavaScript constructor assigns after <c>super()</c>.</summary>
    private static IEnumerable<ISymbol> InstanceState(INamedTypeSymbol type) => type.GetMembers().Where(m => !m.IsStatic && !m.IsImplicitlyDeclared && m switch
    {
        IFieldSymbol { IsConst: false, AssociatedSymbol: null } => true,
        IPropertySymbol property => ScriptSemantics.IsAutoProperty(property),
        _ => false,
    });

    /// <summary>What the base type's constructors call, following the base type's own members (and its bases').</summary>
    private static HashSet<ISymbol> CalledDuringConstruction(INamedTypeSymbol baseType, CodeGraph graph)
    {
        var called = new HashSet<ISymbol>(Comparer);
        var work = new Stack<ISymbol>(baseType.InstanceConstructors);
        while (work.Count > 0)
        {
            var symbol = work.Pop();
            foreach (var reference in BodiesOf(symbol).SelectMany(graph.ReferencesOf))
            {
                if (!called.Add(reference) || !IsOwnOrInherited(reference.ContainingType, baseType)) continue;
                work.Push(reference);
            }
        }
        return called;
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

using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Lowering;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Linking;

/// <summary>
/// The symbols of the program that an entry point can reach: what their code refers to, followed transitively,
/// with the rules JavaScript's dynamic dispatch adds. A type reached brings its base class, constructors and static
/// data (whose initialisers .NET runs when it initialises the type); a virtual member reached brings the overrides
/// and interface implementations of every type reached; an override of a library member (ToString, Equals,
/// CompareTo) is kept with its type, since helpers and the host call it by name.
/// </summary>
internal sealed class Reachability
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    private readonly ScriptSemantics _semantics;
    private readonly CodeGraph _graph;
    private readonly HashSet<ISymbol> _reached = new(Comparer);
    private readonly HashSet<INamedTypeSymbol> _types = new(Comparer);
    private readonly Stack<ISymbol> _work = new();

    private Reachability(ScriptSemantics semantics, CodeGraph graph)
    {
        _semantics = semantics;
        _graph = graph;
    }

    public static Reachability From(IEnumerable<ISymbol> entryPoints, ScriptSemantics semantics, CodeGraph graph)
    {
        var reachability = new Reachability(semantics, graph);
        foreach (var entryPoint in entryPoints) reachability.Reach(entryPoint);
        reachability.Close();
        return reachability;
    }

    /// <summary>Whether the code of a symbol (a type, a member) is reached and so emitted.</summary>
    public bool Contains(ISymbol symbol) => _reached.Contains(symbol.OriginalDefinition);

    /// <summary>The code owners reached: what <see cref="CodeGraph"/> records needs for.</summary>
    public IEnumerable<ISymbol> Owners => _reached;

    private void Reach(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        if (_reached.Add(symbol)) _work.Push(symbol);
    }

    private void Close()
    {
        do
        {
            while (_work.Count > 0) Visit(_work.Pop());
            foreach (var type in _types.ToList())
            {
                foreach (var member in type.GetMembers().Where(m => !_reached.Contains(m) && DispatchedTo(m))) Reach(member);
            }
        }
        while (_work.Count > 0);
    }

    private void Visit(ISymbol symbol)
    {
        foreach (var reference in _graph.ReferencesOf(symbol)) Reach(reference);
        switch (symbol)
        {
            case INamedTypeSymbol type:
                _types.Add(type);
                if (type.BaseType is { } baseType && _semantics.IsInSource(baseType)) Reach(baseType);
                foreach (var member in type.GetMembers().Where(IsStaticData)) Reach(member);
                foreach (var constructor in type.InstanceConstructors.Concat(type.StaticConstructors)) Reach(constructor);
                break;
            case IPropertySymbol property:
                Reach(property.ContainingType);
                if (property.GetMethod is { } getter) Reach(getter);
                if (property.SetMethod is { } setter) Reach(setter);
                break;
            default:
                if (symbol.ContainingType is { } container) Reach(container);
                break;
        }
    }

    private static bool IsStaticData(ISymbol member) => member.IsStatic && !member.IsImplicitlyDeclared && member switch
    {
        IFieldSymbol => true,
        IPropertySymbol property => ScriptSemantics.IsAutoProperty(property),
        _ => false,
    };

    /// <summary>Whether a member of a reached type runs when something calls what it overrides or implements.</summary>
    private bool DispatchedTo(ISymbol member)
    {
        ISymbol? overridden = member switch
        {
            IMethodSymbol { IsOverride: true } method => method.OverriddenMethod,
            IPropertySymbol { IsOverride: true } property => property.OverriddenProperty,
            _ => null,
        };
        if (overridden is not null && (!_semantics.IsInSource(overridden) || Contains(overridden))) return true;
        var type = member.ContainingType;
        return type.AllInterfaces.SelectMany(i => i.GetMembers()).Any(declared =>
            Comparer.Equals(type.FindImplementationForInterfaceMember(declared), member)
            && (!_semantics.IsInSource(declared) || Contains(declared)));
    }
}

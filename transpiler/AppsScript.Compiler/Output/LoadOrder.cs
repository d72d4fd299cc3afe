using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Output;

/// <summary>One script file as it is pushed: its path and its types, in the order they load.</summary>
internal sealed record PlacedFile(string Path, IReadOnlyList<LoweredType> Types);

/// <summary>
/// The order Apps Script loads the code in. Files load one after another in push order, each top to bottom, so a
/// class must follow its base class, and a static initialiser must follow every declaration its code reaches (the
/// members it uses, followed through the bodies of what it calls). Otherwise files keep the layout's preferred
/// order and types their source order.
/// </summary>
internal static class LoadOrder
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    public static IReadOnlyList<PlacedFile> Order(IReadOnlyList<(LoweredType Type, string File)> placed, CodeGraph graph, IComparer<string> preferredFileOrder, List<Diagnostic> diagnostics)
    {
        var fileOf = new Dictionary<INamedTypeSymbol, string>(Comparer);
        foreach (var (type, file) in placed) fileOf[type.Type] = file;
        var needs = placed.ToDictionary(p => p.Type, p => LoadTimeNeeds(p.Type.Type, graph).Where(fileOf.ContainsKey).ToHashSet<INamedTypeSymbol>(Comparer));

        var files = placed.Select(p => p.File).Distinct().ToList();
        var fileNeeds = files.ToDictionary(f => f, f => placed.Where(p => p.File == f)
            .SelectMany(p => needs[p.Type]).Select(t => fileOf[t]).Where(n => n != f).ToHashSet());
        var fileOrder = Sort(files, f => fileNeeds[f], preferredFileOrder, out var stuckFiles);
        if (stuckFiles.Count > 0) ReportCycle(placed.Where(p => stuckFiles.Contains(p.File)), needs, fileOf, diagnostics);

        var result = new List<PlacedFile>();
        foreach (var file in fileOrder)
        {
            var types = placed.Where(p => p.File == file).Select(p => p.Type).ToList();
            var byPosition = Comparer<LoweredType>.Create((a, b) =>
            {
                var byPath = string.CompareOrdinal(a.Tree.FilePath, b.Tree.FilePath);
                return byPath != 0 ? byPath : a.Position.CompareTo(b.Position);
            });
            var ordered = Sort(types, t => needs[t].Select(n => types.FirstOrDefault(o => Comparer.Equals(o.Type, n))).OfType<LoweredType>().Where(o => o != t), byPosition, out var stuckTypes);
            if (stuckTypes.Count > 0) ReportCycle(stuckTypes.Select(t => (t, file)), needs, fileOf, diagnostics);
            result.Add(new PlacedFile(file, ordered));
        }
        return result;
    }

    /// <summary>
    /// Orders items so each comes after what it needs, taking at every step the first ready item in the preferred
    /// order. Items caught in a cycle are put last, as they came, and returned in <paramref name="stuck"/>.
    /// </summary>
    private static List<T> Sort<T>(IReadOnlyList<T> items, Func<T, IEnumerable<T>> needsOf, IComparer<T> preferred, out List<T> stuck) where T : notnull
    {
        var ordered = new List<T>();
        var done = new HashSet<T>();
        var remaining = items.OrderBy(i => i, preferred).ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(i => needsOf(i).All(done.Contains));
            if (next is null) break;
            ordered.Add(next);
            done.Add(next);
            remaining.Remove(next);
        }
        stuck = remaining;
        ordered.AddRange(remaining);
        return ordered;
    }

    /// <summary>
    /// The types a type's load-time code (its base class, its static initialisers) needs declared first: the types
    /// of every symbol it refers to, following the bodies of the members it calls and the constructors it runs.
    /// </summary>
    private static HashSet<INamedTypeSymbol> LoadTimeNeeds(INamedTypeSymbol type, CodeGraph graph)
    {
        var result = new HashSet<INamedTypeSymbol>(Comparer);
        var seen = new HashSet<ISymbol>(Comparer);
        var owners = type.GetMembers().Prepend(type).Where(graph.RunsAtLoad);
        var work = new Stack<ISymbol>(owners.SelectMany(graph.ReferencesOf));
        while (work.Count > 0)
        {
            var symbol = work.Pop();
            if (!seen.Add(symbol)) continue;
            var declaring = symbol as INamedTypeSymbol ?? symbol.ContainingType;
            if (declaring is not null && !Comparer.Equals(declaring, type)) result.Add(declaring);
            foreach (var body in BodiesOf(symbol))
            {
                foreach (var reference in graph.ReferencesOf(body)) work.Push(reference);
            }
        }
        return result;
    }

    private static IEnumerable<ISymbol> BodiesOf(ISymbol symbol)
    {
        yield return symbol;
        switch (symbol)
        {
            case IPropertySymbol property:
                if (property.GetMethod is { } getter) yield return getter;
                if (property.SetMethod is { } setter) yield return setter;
                break;
            case INamedTypeSymbol type:
                foreach (var constructor in type.InstanceConstructors) yield return constructor;
                break;
        }
        // Using a type or any member of it may run its static constructor (see ClassDeclarations).
        if ((symbol as INamedTypeSymbol ?? symbol.ContainingType) is { } declaring)
        {
            foreach (var constructor in declaring.StaticConstructors) yield return constructor;
        }
    }

    private static void ReportCycle(IEnumerable<(LoweredType Type, string File)> stuck, Dictionary<LoweredType, HashSet<INamedTypeSymbol>> needs, Dictionary<INamedTypeSymbol, string> fileOf, List<Diagnostic> diagnostics)
    {
        var stuckList = stuck.ToList();
        var stuckTypes = stuckList.Select(s => s.Type.Type).ToHashSet(Comparer);
        var involved = stuckList.Where(s => needs[s.Type].Any(stuckTypes.Contains)).ToList();
        if (involved.Count == 0) involved = stuckList;
        // Reported at the first type in source order, whatever order the compilation holds its files in.
        involved = involved.OrderBy(s => s.Type.Tree.FilePath, StringComparer.Ordinal).ThenBy(s => s.Type.Position).ToList();
        var names = string.Join(", ", involved.Select(s => $"{s.Type.Type.Name} ({s.File})"));
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LoadOrderCycle, involved[0].Type.Type.Locations.FirstOrDefault() ?? Location.None, names));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Lowering;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Output;

/// <summary>
/// The order Apps Script loads the files in. Every file's top level runs at load, in push order, so a file
/// whose load-time code (a base class, a static initialiser and whatever it calls) needs another file's
/// declarations must come after it. Otherwise files keep clasp's default, alphabetical order.
/// </summary>
internal static class PushOrder
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    public static IReadOnlyList<LoweredFile> Order(IReadOnlyList<LoweredFile> files, Func<LoweredFile, string> pathOf, List<Diagnostic> diagnostics)
    {
        var fileOf = new Dictionary<SyntaxTree, LoweredFile>();
        foreach (var file in files) fileOf[file.Tree] = file;
        var bodies = new Dictionary<ISymbol, HashSet<ISymbol>>(Comparer);
        foreach (var file in files)
        {
            foreach (var (owner, references) in file.Scope.BodyReferences) bodies[owner] = references;
        }
        var needs = files.ToDictionary(f => f, f => LoadTimeFiles(f, bodies, fileOf));
        var ordered = new List<LoweredFile>();
        var remaining = files.OrderBy(pathOf, StringComparer.Ordinal).ToList();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(f => needs[f].All(n => n == f || ordered.Contains(n)));
            if (next is null)
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.LoadOrderCycle, Location.None, string.Join(", ", remaining.Select(pathOf))));
                ordered.AddRange(remaining);
                break;
            }
            ordered.Add(next);
            remaining.Remove(next);
        }
        return ordered;
    }

    /// <summary>The files whose declarations the file's load-time code reaches, following the bodies of what it calls.</summary>
    private static HashSet<LoweredFile> LoadTimeFiles(LoweredFile file, Dictionary<ISymbol, HashSet<ISymbol>> bodies, Dictionary<SyntaxTree, LoweredFile> fileOf)
    {
        var result = new HashSet<LoweredFile>();
        var seen = new HashSet<ISymbol>(Comparer);
        var work = new Stack<ISymbol>(file.Scope.LoadTimeReferences);
        while (work.Count > 0)
        {
            var symbol = work.Pop();
            if (!seen.Add(symbol)) continue;
            foreach (var tree in symbol.DeclaringSyntaxReferences.Select(r => r.SyntaxTree))
            {
                if (fileOf.TryGetValue(tree, out var declaring)) result.Add(declaring);
            }
            foreach (var owner in BodiesOf(symbol))
            {
                if (!bodies.TryGetValue(owner, out var references)) continue;
                foreach (var reference in references) work.Push(reference);
            }
        }
        return result;
    }

    private static IEnumerable<ISymbol> BodiesOf(ISymbol symbol)
    {
        yield return symbol;
        if (symbol is IPropertySymbol property)
        {
            if (property.GetMethod is { } getter) yield return getter;
            if (property.SetMethod is { } setter) yield return setter;
        }
    }
}

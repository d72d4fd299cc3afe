using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>What lowering learns about one output file: the helpers its code calls and the symbols its load-time code needs.</summary>
internal sealed class FileScope
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    public FileScope(SyntaxTree tree, SemanticModel model)
    {
        Tree = tree;
        Model = model;
    }

    public SyntaxTree Tree { get; }

    public SemanticModel Model { get; }

    public HashSet<string> UsedHelpers { get; } = new();

    /// <summary>Symbols used by code that runs when the file loads: base classes and static initialisers.</summary>
    public HashSet<ISymbol> LoadTimeReferences { get; } = new(Comparer);

    /// <summary>For each member lowered in this file, the source symbols its body refers to.</summary>
    public Dictionary<ISymbol, HashSet<ISymbol>> BodyReferences { get; } = new(Comparer);
}

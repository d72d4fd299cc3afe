using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>
/// What the lowered code needs, by the C# symbol whose code it is (a method, accessor or constructor, a static
/// member for its initialiser, a type for its base class): the source symbols it refers to, the runtime helpers it
/// calls, and whether it runs when the script loads. Linking reads it to keep what the entry points reach, to order
/// the declarations, and to place the helpers.
/// </summary>
internal sealed class CodeGraph
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;
    private static readonly IReadOnlyCollection<ISymbol> NoSymbols = new HashSet<ISymbol>(Comparer);
    private static readonly IReadOnlyCollection<string> NoHelpers = new HashSet<string>();

    private readonly Dictionary<ISymbol, HashSet<ISymbol>> _references = new(Comparer);
    private readonly Dictionary<ISymbol, HashSet<string>> _helpers = new(Comparer);
    private readonly HashSet<ISymbol> _loadTime = new(Comparer);

    public void AddReference(ISymbol owner, ISymbol symbol) => Add(_references, owner, symbol, () => new HashSet<ISymbol>(Comparer));

    public void AddHelper(ISymbol owner, string helper) => Add(_helpers, owner, helper, () => new HashSet<string>());

    /// <summary>Records that the owner's code runs while the file loads, not when something calls it.</summary>
    public void MarkLoadTime(ISymbol owner) => _loadTime.Add(owner);

    public IReadOnlyCollection<ISymbol> ReferencesOf(ISymbol owner) => _references.TryGetValue(owner, out var set) ? set : NoSymbols;

    public IReadOnlyCollection<string> HelpersOf(ISymbol owner) => _helpers.TryGetValue(owner, out var set) ? set : NoHelpers;

    public bool RunsAtLoad(ISymbol owner) => _loadTime.Contains(owner);

    private static void Add<T>(Dictionary<ISymbol, HashSet<T>> map, ISymbol owner, T value, System.Func<HashSet<T>> create)
    {
        if (!map.TryGetValue(owner, out var set)) map[owner] = set = create();
        set.Add(value);
    }
}

using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering;

/// <summary>
/// Which records and structs of the program have their value equality used (as a key, in Equals, ==, GetHashCode,
/// Distinct, Contains, …): lowering notes each call of a type's <c>equalityKey_()</c>, and linking emits the method
/// only for those. A call on a value of a record type may reach the method of any record deriving from it, and a
/// key method emitted calls the key methods of the records and structs it holds.
/// </summary>
internal sealed class KeyMethodCalls
{
    private static readonly SymbolEqualityComparer Comparer = SymbolEqualityComparer.Default;

    private readonly HashSet<ITypeSymbol> _called = new(Comparer);
    private readonly Dictionary<ITypeSymbol, HashSet<ITypeSymbol>> _calledByKeyMethod = new(Comparer);

    /// <summary>Notes a call of the key method of a value of <paramref name="type"/>, made by the key method of <paramref name="keyMethodOf"/> or, when that is null, by the program's code.</summary>
    public void Add(ITypeSymbol type, ITypeSymbol? keyMethodOf)
    {
        type = type.OriginalDefinition;
        if (keyMethodOf is null)
        {
            _called.Add(type);
            return;
        }
        keyMethodOf = keyMethodOf.OriginalDefinition;
        if (!_calledByKeyMethod.TryGetValue(keyMethodOf, out var calls)) _calledByKeyMethod[keyMethodOf] = calls = new HashSet<ITypeSymbol>(Comparer);
        calls.Add(type);
    }

    /// <summary>Whether some call may reach the type's key method; asked once every body is lowered.</summary>
    public bool Reaches(ITypeSymbol type)
    {
        var reached = new HashSet<ITypeSymbol>(_called, Comparer);
        var work = new Stack<ITypeSymbol>(_called);
        while (work.Count > 0)
        {
            var called = work.Pop();
            foreach (var (_, calls) in _calledByKeyMethod.Where(entry => IsOrDerivesFrom(entry.Key, called)))
            {
                foreach (var next in calls.Where(reached.Add)) work.Push(next);
            }
        }
        return reached.Any(called => IsOrDerivesFrom(type.OriginalDefinition, called));
    }

    private static bool IsOrDerivesFrom(ITypeSymbol type, ITypeSymbol ancestor)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Comparer.Equals(current.OriginalDefinition, ancestor)) return true;
        }
        return false;
    }
}

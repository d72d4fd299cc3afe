using System;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// Whether a type is the one a full metadata name names (<c>System.TimeSpan</c>, <c>System.Collections.Generic.KeyValuePair`2</c>),
/// read from the symbol's names without building its display string: the compiler asks this of nearly every
/// expression's type and every attribute it reads.
/// </summary>
internal static class FullNames
{
    public static bool Is(ISymbol? type, string fullName)
    {
        if (type is not INamedTypeSymbol) return false;
        var end = fullName.Length;
        for (ISymbol current = type; ; current = current.ContainingSymbol)
        {
            var name = current.MetadataName;
            var start = end - name.Length;
            if (start < 0 || string.CompareOrdinal(fullName, start, name, 0, name.Length) != 0) return false;
            var container = current.ContainingSymbol;
            if (container is null or INamespaceSymbol { IsGlobalNamespace: true }) return start == 0;
            if (container is not (INamespaceSymbol or INamedTypeSymbol) || start == 0 || fullName[start - 1] != '.') return false;
            end = start - 1;
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// The names bound at the top level of the script: classes, enums, global functions and constants, and
/// the helpers. All Apps Script files share one global scope, so a name may be bound once in the whole
/// project and must not shadow a JavaScript or Apps Script global.
/// </summary>
public sealed class TopLevelNames
{
    /// <summary>Globals of JavaScript that emitted code may refer to.</summary>
    private static readonly IReadOnlySet<string> JavaScriptGlobals = new HashSet<string>
    {
        "Object", "Array", "String", "Number", "Boolean", "Math", "JSON", "Date", "Error", "TypeError", "RangeError",
        "SyntaxError", "ReferenceError", "Map", "Set", "WeakMap", "WeakSet", "Symbol", "Promise", "RegExp", "Function",
        "Reflect", "Proxy", "BigInt", "Intl", "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
        "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "DataView", "globalThis", "parseInt", "parseFloat",
        "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "escape", "unescape",
        "console", "WebAssembly",
    };

    private readonly ScriptSemantics _semantics;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, string> _owners = new();
    private readonly IReadOnlyCollection<string> _helperNames;

    internal TopLevelNames(ScriptSemantics semantics, List<Diagnostic> diagnostics, IReadOnlyCollection<string> helperNames)
    {
        _semantics = semantics;
        _diagnostics = diagnostics;
        _helperNames = helperNames;
        HostGlobals = JavaScriptGlobals.Concat(ServiceGlobals(semantics)).ToHashSet();
    }

    /// <summary>Globals of JavaScript and of Apps Script that emitted code may refer to.</summary>
    public IReadOnlySet<string> HostGlobals { get; }

    /// <summary>
    /// The Apps Script services that AppsScript.Interop binds, generated (SpreadsheetApp, the Advanced Services Drive,
    /// Sheets, …) or by hand (UrlFetchApp, …): the globals its static [External] classes stand for (JavaScript's JSON among them).
    /// </summary>
    private static IEnumerable<string> ServiceGlobals(ScriptSemantics semantics)
    {
        var interop = semantics.Compilation.GetTypeByMetadataName(KnownAttributes.External)?.ContainingAssembly;
        return interop is null || SymbolEqualityComparer.Default.Equals(interop, semantics.Compilation.Assembly)
            ? Enumerable.Empty<string>()
            : TypesOf(interop.GlobalNamespace).Where(t => t.IsStatic && KnownAttributes.Has(t, KnownAttributes.External)).Select(t => semantics.TypeName(t).Split('.')[0]);
    }

    private static IEnumerable<INamedTypeSymbol> TypesOf(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(TypesOf));

    /// <summary>Every name bound at the top level of the project, helpers excluded.</summary>
    public IReadOnlyCollection<string> Names => _owners.Keys;

    public bool IsBound(string name) => _owners.ContainsKey(name) || HostGlobals.Contains(name);

    internal void Collect(IEnumerable<INamedTypeSymbol> types)
    {
        foreach (var type in types)
        {
            switch (_semantics.ShapeOf(type))
            {
                case TypeShape.Class or TypeShape.StaticClass or TypeShape.Enum:
                    Bind(_semantics.TypeName(type), type, $"{Describe(type)} '{type.ToDisplayString()}'");
                    break;
                case TypeShape.GlobalFunctions:
                    foreach (var member in GlobalMembers(type)) Bind(_semantics.MemberName(member), member, $"'{member.ToDisplayString()}'");
                    break;
            }
        }
    }

    /// <summary>The members of a [GlobalFunctions] class that become top-level declarations.</summary>
    public static IEnumerable<ISymbol> GlobalMembers(INamedTypeSymbol type) =>
        ScriptSemantics.NamedMembers(type).Where(m => m is IMethodSymbol or IFieldSymbol or IPropertySymbol);

    private static string Describe(INamedTypeSymbol type) => type.TypeKind == TypeKind.Enum ? "enum" : "class";

    private void Bind(string name, ISymbol symbol, string description)
    {
        var location = symbol.Locations.FirstOrDefault();
        if (HostGlobals.Contains(name))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.TopLevelNameCollision, location, name, description, "the built-in global of the same name"));
            return;
        }
        if (_helperNames.Contains(name))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.TopLevelNameCollision, location, name, description, "the compiler's runtime helper of the same name"));
            return;
        }
        if (_owners.TryGetValue(name, out var owner))
        {
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.TopLevelNameCollision, location, name, description, owner));
            return;
        }
        _owners[name] = description;
    }
}

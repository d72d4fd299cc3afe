using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// The names bound at the top level of the script: classes, enums, global functions and constants, and
/// the helpers. All Apps Script files share one global scope, so a name may be bound once in the whole
/// project and must not shadow a JavaScript or Apps Script global.
/// </summary>
public sealed class TopLevelNames
{
    /// <summary>Globals of JavaScript that emitted code may refer to.</summary>
    private static readonly ImmutableHashSet<string> JavaScriptGlobals =
    [
        "Object", "Array", "String", "Number", "Boolean", "Math", "JSON", "Date", "Error", "TypeError", "RangeError",
        "SyntaxError", "ReferenceError", "Map", "Set", "WeakMap", "WeakSet", "Symbol", "Promise", "RegExp", "Function",
        "Reflect", "Proxy", "BigInt", "Intl", "ArrayBuffer", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
        "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "DataView", "globalThis", "parseInt", "parseFloat",
        "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "escape", "unescape",
        "console", "WebAssembly",
    ];

    private readonly ScriptSemantics _semantics;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, string> _owners = new();
    private readonly IReadOnlyCollection<string> _helperNames;

    internal TopLevelNames(ScriptSemantics semantics, List<Diagnostic> diagnostics, IReadOnlyCollection<string> helperNames)
    {
        _semantics = semantics;
        _diagnostics = diagnostics;
        _helperNames = helperNames;
        HostGlobals = JavaScriptGlobals.Union(ServiceGlobals(semantics));
    }

    /// <summary>Globals of JavaScript and of Apps Script that emitted code may refer to.</summary>
    public ImmutableHashSet<string> HostGlobals { get; }

    /// <summary>
    /// The Apps Script services that AppsScript.Interop binds, generated (SpreadsheetApp, …) or by hand (UrlFetchApp,
    /// …): the globals its static [External] classes stand for (JavaScript's JSON among them). An Advanced Service
    /// (Drive, Sheets, …) is a global only where the manifest enables it, which a program using it must do, so its
    /// name is taken only in a program that uses it: elsewhere a class may be called Tasks or Calendar.
    /// </summary>
    private static IEnumerable<string> ServiceGlobals(ScriptSemantics semantics)
    {
        var interop = semantics.Compilation.GetTypeByMetadataName(KnownAttributes.External)?.ContainingAssembly;
        if (interop is null || SymbolEqualityComparer.Default.Equals(interop, semantics.Compilation.Assembly))
            return Enumerable.Empty<string>();
        var services = TypesOf(interop.GlobalNamespace).Where(t => t.IsStatic && KnownAttributes.Has(t, KnownAttributes.External)).ToList();
        var advanced = services.Where(IsAdvancedService).ToList();
        var used = AdvancedServicesUsed(semantics.Compilation, advanced);
        return services.Where(t => !IsAdvancedService(t) || used.Contains(t)).Select(t => semantics.TypeName(t).Split('.')[0]);
    }

    private static bool IsAdvancedService(INamedTypeSymbol type) =>
        type.ContainingNamespace.ToDisplayString() == AdvancedServicesNamespace;

    private const string AdvancedServicesNamespace = "AppsScript.Interop.Advanced";

    /// <summary>The Advanced Services the program names, itself or through one of their members (<c>using static</c>).</summary>
    private static ImmutableHashSet<INamedTypeSymbol> AdvancedServicesUsed(Compilation compilation, IReadOnlyList<INamedTypeSymbol> advanced)
    {
        var names = advanced.Select(t => t.Name).Concat(advanced.SelectMany(t => t.MemberNames)).ToImmutableHashSet();
        var used = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var identifiers = tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => names.Contains(i.Identifier.ValueText)).ToList();
            if (identifiers.Count == 0) continue;
            var model = compilation.GetSemanticModel(tree);
            foreach (var identifier in identifiers)
            {
                var symbol = model.GetSymbolInfo(identifier).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (type is not null && advanced.Contains(type, SymbolEqualityComparer.Default)) used.Add(type);
            }
        }
        return used.ToImmutable();
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

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
    private readonly InteropServices _services;
    private ImmutableHashSet<string>? _advancedServicesUsed;

    internal TopLevelNames(ScriptSemantics semantics, List<Diagnostic> diagnostics, IReadOnlyCollection<string> helperNames)
    {
        _semantics = semantics;
        _diagnostics = diagnostics;
        _helperNames = helperNames;
        _services = InteropServices.Of(semantics);
    }

    /// <summary>
    /// Whether the name is a global of JavaScript or of Apps Script that emitted code may refer to: JavaScript's own,
    /// and the services AppsScript.Interop binds, generated (SpreadsheetApp, …) or by hand (UrlFetchApp, …). An
    /// Advanced Service (Drive, Sheets, …) is a global only where the manifest enables it, which a program using it
    /// must do, so its name is taken only in a program that uses it: elsewhere a class may be called Tasks or Calendar.
    /// </summary>
    public bool IsHostGlobal(string name) =>
        JavaScriptGlobals.Contains(name) || _services.Globals.Contains(name)
        || (_services.Advanced.ContainsKey(name) && AdvancedServicesUsed().Contains(name));

    /// <summary>
    /// The global names of the Advanced Services the program names, itself or through one of their members
    /// (<c>using static</c>). Asked only when a name of the program could collide with one, so a program that uses
    /// none of those names pays for no walk of its trees.
    /// </summary>
    private ImmutableHashSet<string> AdvancedServicesUsed()
    {
        if (_advancedServicesUsed is not null) return _advancedServicesUsed;
        var compilation = _semantics.Compilation;
        var services = _services.Advanced
            .Select(s => (Global: s.Key, Type: compilation.GetTypeByMetadataName(s.Value)))
            .Where(s => s.Type is not null)
            .ToDictionary(s => (ISymbol)s.Type!, s => s.Global, SymbolEqualityComparer.Default);
        var names = services.Keys.Select(t => t.Name).Concat(services.Keys.SelectMany(t => ((INamedTypeSymbol)t).MemberNames)).ToImmutableHashSet();
        var used = ImmutableHashSet.CreateBuilder<string>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var identifiers = tree.GetRoot().DescendantNodes().OfType<IdentifierNameSyntax>().Where(i => names.Contains(i.Identifier.ValueText)).ToList();
            if (identifiers.Count == 0) continue;
            var model = compilation.GetSemanticModel(tree);
            foreach (var identifier in identifiers)
            {
                var symbol = model.GetSymbolInfo(identifier).Symbol;
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                if (type is not null && services.TryGetValue(type.OriginalDefinition, out var global)) used.Add(global);
            }
        }
        return _advancedServicesUsed = used.ToImmutable();
    }

    /// <summary>Every name bound at the top level of the project, helpers excluded.</summary>
    public IReadOnlyCollection<string> Names => _owners.Keys;

    public bool IsBound(string name) => _owners.ContainsKey(name) || IsHostGlobal(name);

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
        if (IsHostGlobal(name))
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

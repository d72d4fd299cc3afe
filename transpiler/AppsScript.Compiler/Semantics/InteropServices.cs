using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Semantics;

/// <summary>
/// The Apps Script services AppsScript.Interop binds: the globals its static [External] classes stand for (JavaScript's
/// JSON among them). Finding them means reading the attributes of every type of the assembly, some 2,600 generated
/// ones, so it is done once per Interop assembly, not once per compilation: the build server and the editor compile
/// the same references again and again.
/// </summary>
internal sealed class InteropServices
{
    private const string AdvancedServicesNamespace = "AppsScript.Interop.Advanced";

    private static readonly InteropServices None = new(ImmutableHashSet<string>.Empty, ImmutableDictionary<string, string>.Empty);

    private static readonly ConditionalWeakTable<ModuleMetadata, InteropServices> ByModule = new();

    private InteropServices(ImmutableHashSet<string> globals, ImmutableDictionary<string, string> advanced)
    {
        Globals = globals;
        Advanced = advanced;
    }

    /// <summary>The services that are always globals of Apps Script (SpreadsheetApp, UrlFetchApp, …).</summary>
    public ImmutableHashSet<string> Globals { get; }

    /// <summary>The Advanced Services (Drive, Sheets, …), globals only where the manifest enables them: global name to the type's metadata name.</summary>
    public ImmutableDictionary<string, string> Advanced { get; }

    public static InteropServices Of(ScriptSemantics semantics)
    {
        var interop = semantics.Compilation.GetTypeByMetadataName(KnownAttributes.External)?.ContainingAssembly;
        if (interop is null || SymbolEqualityComparer.Default.Equals(interop, semantics.Compilation.Assembly)) return None;
        var metadata = interop.Modules.FirstOrDefault()?.GetMetadata();
        return metadata is null ? Read(interop, semantics) : ByModule.GetValue(metadata, _ => Read(interop, semantics));
    }

    private static InteropServices Read(IAssemblySymbol interop, ScriptSemantics semantics)
    {
        var services = TypesOf(interop.GlobalNamespace).Where(t => t.IsStatic && KnownAttributes.Has(t, KnownAttributes.External)).ToList();
        string Global(INamedTypeSymbol type) => semantics.TypeName(type).Split('.')[0];
        return new InteropServices(
            services.Where(t => !IsAdvanced(t)).Select(Global).ToImmutableHashSet(),
            services.Where(IsAdvanced).ToImmutableDictionary(Global, MetadataName));
    }

    private static bool IsAdvanced(INamedTypeSymbol type) => type.ContainingNamespace.ToDisplayString() == AdvancedServicesNamespace;

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingType is { } outer ? MetadataName(outer) + "+" + type.MetadataName : type.ContainingNamespace.ToDisplayString() + "." + type.MetadataName;

    private static IEnumerable<INamedTypeSymbol> TypesOf(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(TypesOf));
}

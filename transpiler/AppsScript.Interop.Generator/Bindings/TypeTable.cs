using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop.Generator.Typings;

namespace AppsScript.Interop.Generator.Bindings;

/// <summary>A declaration of the typings with where it was declared: its namespace's full name.</summary>
internal sealed record Declared(string Scope, Declaration Declaration)
{
    public string FullName => Scope.Length == 0 ? Declaration.Name : Scope + "." + Declaration.Name;
}

/// <summary>
/// Every declaration of the typings by full name, TypeScript's name lookup over them, and what each becomes in C#:
/// its type name, whether an interface is a service (the type of a global such as <c>SpreadsheetApp</c>, bound as a
/// static class), plain data (properties only, bound as a class so that an object initialiser makes the object
/// literal Apps Script expects) or an object the host gives (bound as an interface), and where an enum's values are
/// found at run time (<c>SpreadsheetApp.BorderStyle</c>).
/// </summary>
internal sealed class TypeTable
{
    public const string Root = "GoogleAppsScript";
    private const string CSharpRoot = "AppsScript.Interop";

    private readonly Dictionary<string, Declared> _declarations = new();
    private readonly Dictionary<string, string> _services = new();
    private readonly Dictionary<string, string> _enumPaths = new();
    private readonly Dictionary<string, bool> _plainData = new();

    public TypeTable(NamespaceDeclaration global)
    {
        Collect(global);
        foreach (var variable in global.Declarations.OfType<VariableDeclaration>())
        {
            if (HandBindings.Globals.Contains(variable.Name)) continue;
            switch (Resolve(TypeMapper.WithoutUndefined(variable.Type), ""))
            {
                case { Declaration: InterfaceDeclaration } service:
                    _services.TryAdd(service.FullName, variable.Name);
                    break;
                case { Declaration: EnumDeclaration } enumeration:
                    _enumPaths.TryAdd(enumeration.FullName, variable.Name);
                    break;
            }
        }
        foreach (var (serviceName, globalName) in _services.ToList())
        {
            var service = _declarations[serviceName];
            foreach (var property in ((InterfaceDeclaration)service.Declaration).Members.OfType<PropertyMember>())
            {
                if (property.Type is TypeofType typeOf && Resolve(new NamedType(typeOf.Name, new List<TypeNode>()), service.Scope) is { Declaration: EnumDeclaration } enumeration)
                {
                    _enumPaths.TryAdd(enumeration.FullName, globalName + "." + property.Name);
                }
            }
        }
    }

    public IEnumerable<Declared> All => _declarations.Values;

    private void Collect(NamespaceDeclaration scope)
    {
        foreach (var declaration in scope.Declarations)
        {
            var declared = new Declared(scope.FullName, declaration);
            // Interfaces of one name merge in TypeScript; the typings declare each once, so the first stands.
            if (declaration is not VariableDeclaration) _declarations.TryAdd(declared.FullName, declared);
        }
        foreach (var child in scope.Namespaces.Values) Collect(child);
    }

    /// <summary>TypeScript's lookup of a dotted name from a namespace: the innermost enclosing namespace that has its first part.</summary>
    public Declared? Resolve(TypeNode type, string scope)
    {
        if (type is not NamedType named) return null;
        for (var current = scope; ; current = current.Contains('.') ? current[..current.LastIndexOf('.')] : "")
        {
            var candidate = current.Length == 0 ? named.Name : current + "." + named.Name;
            if (_declarations.TryGetValue(candidate, out var found)) return found;
            if (current.Length == 0) return null;
        }
    }

    /// <summary>The global a service interface is bound to, or null for an interface that is no service.</summary>
    public string? ServiceGlobal(Declared declared) => _services.GetValueOrDefault(declared.FullName);

    /// <summary>Where the enum's values are at run time; null for an enum no global exposes.</summary>
    public string? EnumPath(Declared declared) => _enumPaths.GetValueOrDefault(declared.FullName);

    /// <summary>Whether the declaration is bound by hand, so none is generated for it.</summary>
    public bool IsHandBound(Declared declared) =>
        HandBindings.Types.ContainsKey(declared.FullName) || HandBindings.Namespaces.Contains(declared.Scope);

    /// <summary>An interface of properties only (and so are the one it extends): plain data, bound as a class.</summary>
    public bool IsPlainData(Declared declared)
    {
        if (declared.Declaration is not InterfaceDeclaration declaration || _services.ContainsKey(declared.FullName)) return false;
        if (_plainData.TryGetValue(declared.FullName, out var known)) return known;
        _plainData[declared.FullName] = false;
        var result = declaration.Members.All(m => m is PropertyMember { Type: not TypeofType })
            && declaration.Extends.Count <= 1
            && declaration.Extends.All(e => Resolve(e, declared.Scope) is { } baseType && !IsHandBound(baseType) && IsPlainData(baseType));
        _plainData[declared.FullName] = result;
        return result;
    }

    /// <summary>The C# namespace of a typings namespace: GoogleAppsScript.Spreadsheet is AppsScript.Interop.Spreadsheet.</summary>
    public static string CSharpNamespace(string scope) => scope == Root || scope.Length == 0 ? CSharpRoot : CSharpRoot + scope[Root.Length..];

    /// <summary>
    /// The namespace a declaration's C# type goes into: its own, except GoogleAppsScript's own interfaces, the Advanced
    /// Services (<c>GoogleAppsScript.Tasks</c>), which go into AppsScript.Interop.Advanced: their names are those of
    /// namespaces (Tasks.Schema), and C# holds no type beside a namespace of its name, nor Calendar beside CalendarApp's Calendar.
    /// </summary>
    public static string CSharpNamespaceOf(Declared declared) => declared.Scope == Root ? CSharpRoot + ".Advanced" : CSharpNamespace(declared.Scope);

    /// <summary>The generated file a declaration goes into, named after its service namespace (an Advanced Service's, for its entry class).</summary>
    public static string FileOf(Declared declared) =>
        declared.Scope == Root ? declared.Declaration.Name : declared.Scope[(Root.Length + 1)..].Split('.')[0];

    /// <summary>The C# type of a declaration, fully qualified.</summary>
    public string CSharpType(Declared declared) =>
        HandBindings.Types.TryGetValue(declared.FullName, out var hand) ? "global::" + hand : "global::" + CSharpNamespaceOf(declared) + "." + TypeName(declared);

    /// <summary>The C# name of a declaration's type: a service is named after its global (Drive_v2), others as declared.</summary>
    public string TypeName(Declared declared) => ServiceGlobal(declared) ?? declared.Declaration.Name;
}

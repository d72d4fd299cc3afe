using System.Collections.Generic;

namespace AppsScript.Interop.Generator.Typings;

/// <summary>A declaration of a namespace of the typings, in the order the files declare it.</summary>
internal abstract record Declaration(string Name, string? Doc);

internal sealed record InterfaceDeclaration(string Name, string? Doc, IReadOnlyList<string> TypeParameters, IReadOnlyList<TypeNode> Extends, IReadOnlyList<Member> Members)
    : Declaration(Name, Doc);

internal sealed record EnumDeclaration(string Name, string? Doc, IReadOnlyList<EnumMember> Members) : Declaration(Name, Doc);

internal sealed record EnumMember(string Name, string? Doc);

internal sealed record TypeAliasDeclaration(string Name, string? Doc, TypeNode Type) : Declaration(Name, Doc);

/// <summary>A <c>var</c> or <c>const</c>: at the top level, a global the host provides (<c>SpreadsheetApp</c>).</summary>
internal sealed record VariableDeclaration(string Name, string? Doc, TypeNode Type) : Declaration(Name, Doc);

internal abstract record Member(string Name, string? Doc);

internal sealed record PropertyMember(string Name, string? Doc, TypeNode Type, bool Optional, bool ReadOnly) : Member(Name, Doc);

internal sealed record MethodMember(string Name, string? Doc, IReadOnlyList<string> TypeParameters, IReadOnlyList<Parameter> Parameters, TypeNode Result) : Member(Name, Doc);

/// <summary>A call, construct or index signature (<c>(x: T): R</c>, <c>new (x: T): R</c>, <c>[key: string]: V</c>), which C# cannot bind.</summary>
internal sealed record SignatureMember(string? Doc) : Member("", Doc);

internal sealed record Parameter(string Name, TypeNode Type, bool Optional, bool Rest);

/// <summary>
/// A namespace of the typings, merged across the files that declare it (<c>GoogleAppsScript.Slides</c> holds both
/// SlidesApp's types and the Slides Advanced Service's <c>Collection</c> and <c>Schema</c>).
/// </summary>
internal sealed class NamespaceDeclaration
{
    public NamespaceDeclaration(string fullName)
    {
        FullName = fullName;
    }

    /// <summary>The dotted name below the root, "" for the root (<c>declare</c>d globals and <c>GoogleAppsScript</c>'s own members).</summary>
    public string FullName { get; }

    public List<Declaration> Declarations { get; } = new();

    public SortedDictionary<string, NamespaceDeclaration> Namespaces { get; } = new(System.StringComparer.Ordinal);

    public NamespaceDeclaration Namespace(string name) =>
        Namespaces.TryGetValue(name, out var existing) ? existing : Namespaces[name] = new NamespaceDeclaration(FullName.Length == 0 ? name : FullName + "." + name);
}

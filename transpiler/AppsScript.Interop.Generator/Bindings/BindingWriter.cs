using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Interop.Generator.Typings;

namespace AppsScript.Interop.Generator.Bindings;

/// <summary>
/// Writes the C# bindings of the typings, one file per service namespace (GoogleAppsScript.Spreadsheet into
/// Spreadsheet.g.cs, with its nested namespaces). Every type is <c>[External]</c>: calls go to the host object under
/// the typings' names, which the compiler's camelCase of the C# names gives back, or <c>[Name]</c> states.
/// </summary>
internal sealed class BindingWriter
{
    /// <summary>Marks each generated type, so tools (and the tests of the hand-written bindings) can tell it from those.</summary>
    private const string GeneratedCode = "    [global::System.CodeDom.Compiler.GeneratedCode(\"AppsScript.Interop.Generator\", \"1.0\")]\n";

    private readonly TypeTable _table;
    private readonly TypeMapper _types;
    private readonly string _header;

    public BindingWriter(TypeTable table, string header)
    {
        _table = table;
        _types = new TypeMapper(table);
        _header = header;
    }

    public BindingFigures Figures { get; } = new();

    /// <summary>The generated files by name, in order.</summary>
    public SortedDictionary<string, string> Write()
    {
        var files = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        var generated = _table.All.Where(d => d.Declaration is InterfaceDeclaration or EnumDeclaration && !_table.IsHandBound(d) && d.Scope.StartsWith(TypeTable.Root, System.StringComparison.Ordinal)).ToList();
        Figures.EnumsWithoutGlobal = generated.Count(d => d.Declaration is EnumDeclaration && _table.EnumPath(d) is null);
        generated.RemoveAll(d => d.Declaration is EnumDeclaration && _table.EnumPath(d) is null);
        foreach (var file in generated.GroupBy(TypeTable.FileOf).OrderBy(g => g.Key, System.StringComparer.Ordinal))
        {
            var text = new StringBuilder(_header);
            foreach (var ns in file.GroupBy(TypeTable.CSharpNamespaceOf).OrderBy(g => g.Key, System.StringComparer.Ordinal))
            {
                text.Append("\nnamespace ").Append(ns.Key).Append("\n{\n");
                var first = true;
                foreach (var declared in ns.OrderBy(d => _table.TypeName(d), System.StringComparer.Ordinal))
                {
                    if (!first) text.Append('\n');
                    first = false;
                    text.Append(declared.Declaration is EnumDeclaration ? Enum(declared) : Interface(declared));
                }
                text.Append("}\n");
            }
            files[file.Key + ".g.cs"] = text.ToString();
        }
        return files;
    }

    private string Enum(Declared declared)
    {
        var declaration = (EnumDeclaration)declared.Declaration;
        Figures.Enums++;
        var text = new StringBuilder(DocComment.Write(declaration.Doc, "    "));
        text.Append(GeneratedCode);
        text.Append("    [global::AppsScript.Interop.External(\"").Append(_table.EnumPath(declared)).Append("\")]\n");
        text.Append("    public enum ").Append(declaration.Name).Append("\n    {\n");
        foreach (var member in declaration.Members)
        {
            Figures.Members++;
            text.Append(DocComment.Write(member.Doc, "        "));
            var name = CSharpNames.Identifier(member.Name);
            if (name != member.Name) text.Append("        [global::AppsScript.Interop.Name(\"").Append(member.Name).Append("\")]\n");
            text.Append("        ").Append(name).Append(",\n");
        }
        return text.Append("    }\n").ToString();
    }

    private string Interface(Declared declared)
    {
        var declaration = (InterfaceDeclaration)declared.Declaration;
        var service = _table.ServiceGlobal(declared);
        var plainData = _table.IsPlainData(declared);
        var typeName = _table.TypeName(declared);
        if (service is not null) Figures.Services++;
        else Figures.Classes++;
        var text = new StringBuilder(DocComment.Write(declaration.Doc, "    "));
        text.Append(GeneratedCode);
        text.Append("    [global::AppsScript.Interop.External]\n    public ");
        text.Append(service is not null ? "static class " : plainData ? "class " : "interface ").Append(typeName);
        var bases = declaration.Extends.Select(e => _table.Resolve(e, declared.Scope))
            .Where(b => b is { Declaration: InterfaceDeclaration } && (plainData || !_table.IsPlainData(b)) && (!_table.IsHandBound(b) || HandBindings.Types.ContainsKey(b.FullName)))
            .Select(b => _table.CSharpType(b!)).ToList();
        if (service is null && bases.Count > 0) text.Append(" : ").Append(string.Join(", ", bases));
        text.Append("\n    {\n");
        var members = new MemberWriter(_types, declared.Scope, typeName, service is not null ? MemberKind.Static : plainData ? MemberKind.Data : MemberKind.Interface, Figures);
        foreach (var member in declaration.Members) members.Add(member);
        return text.Append(members.Text).Append("    }\n").ToString();
    }
}

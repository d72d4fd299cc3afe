using System.Collections.Generic;
using System.Linq;
using System.Text;
using AppsScript.Interop.Generator.Typings;

namespace AppsScript.Interop.Generator.Bindings;

internal enum MemberKind
{
    /// <summary>A service's: static extern methods and get-only properties.</summary>
    Static,

    /// <summary>An object the host gives: interface methods and properties.</summary>
    Interface,

    /// <summary>Plain data: settable auto-properties, so that an object initialiser gives the literal Apps Script takes.</summary>
    Data,
}

/// <summary>
/// The members of one bound type. A method becomes one C# overload per way the typings let it be called: each
/// overload they declare, each count of trailing optional parameters (C# bakes a default into the call, where the
/// host must see the argument missing), and each member of a union parameter; overloads C# cannot tell apart are
/// written once. All of them call the one JavaScript method, as an <c>[External]</c> member's name is its own.
/// </summary>
internal sealed class MemberWriter
{
    private const string Indent = "        ";
    /// <summary>More overloads than this for one signature's unions, and the unions are taken as <c>object</c>.</summary>
    private const int MaxUnionOverloads = 8;

    private readonly TypeMapper _types;
    private readonly string _scope;
    private readonly string _typeName;
    private readonly MemberKind _kind;
    private readonly BindingFigures _figures;
    private readonly HashSet<string> _signatures = new();
    private readonly HashSet<string> _propertyNames = new();
    private readonly HashSet<string> _methodNames = new();
    private readonly List<string> _written = new();

    public MemberWriter(TypeMapper types, string scope, string typeName, MemberKind kind, BindingFigures figures)
    {
        _types = types;
        _scope = scope;
        _typeName = typeName;
        _kind = kind;
        _figures = figures;
    }

    public string Text => string.Join("\n", _written);

    public void Add(Member member)
    {
        switch (member)
        {
            case PropertyMember { Type: TypeofType }:
                // An enum's values on its service (SpreadsheetApp.BorderStyle): the enum's own binding names that path.
                return;
            case PropertyMember property:
                AddProperty(property);
                return;
            case MethodMember method when _kind != MemberKind.Data:
                AddMethod(method);
                return;
        }
    }

    private void AddProperty(PropertyMember property)
    {
        var name = FreeName(CSharpNames.Member(property.Name));
        if (!_propertyNames.Add(name) || _methodNames.Contains(name)) return;
        var type = _types.One(property.Type, _scope);
        var nullable = property.Optional || TypeMapper.AdmitsNull(property.Type);
        var text = new StringBuilder(DocComment.Write(property.Doc, Indent));
        NameAttribute(text, name, property.Name);
        text.Append(Indent);
        switch (_kind)
        {
            case MemberKind.Static:
                text.Append("public static extern ").Append(Nullable(type, nullable)).Append(' ').Append(name).Append(" { get; }\n");
                break;
            case MemberKind.Interface:
                text.Append(Nullable(type, nullable)).Append(' ').Append(name).Append(property.ReadOnly ? " { get; }\n" : " { get; set; }\n");
                break;
            default:
                text.Append("public ").Append(Nullable(type, nullable)).Append(' ').Append(name).Append(" { get; set; }");
                text.Append(nullable || _types.IsValueType(type) ? "\n" : " = null!;\n");
                break;
        }
        _figures.Members++;
        _written.Add(text.ToString());
    }

    private void AddMethod(MethodMember method)
    {
        var name = FreeName(CSharpNames.Member(method.Name));
        if (_propertyNames.Contains(name)) return;
        _methodNames.Add(name);
        var result = _types.One(method.Result, _scope);
        var resultType = Nullable(result, TypeMapper.AdmitsNull(method.Result));
        var required = method.Parameters.Count(p => !p.Optional && !p.Rest);
        for (var count = required; count <= method.Parameters.Count; count++)
        {
            var parameters = method.Parameters.Take(count).ToList();
            if (count < method.Parameters.Count && method.Parameters[count].Rest) continue;
            foreach (var types in ParameterTypes(parameters))
            {
                var key = name + "(" + string.Join(",", types) + ")";
                if (!_signatures.Add(key)) continue;
                var names = parameters.Select(p => CSharpNames.Identifier(p.Name)).ToList();
                var text = new StringBuilder(DocComment.Write(method.Doc, Indent, parameters.Select(p => p.Name).ToList(), result != "void"));
                NameAttribute(text, name, method.Name);
                text.Append(Indent).Append(_kind == MemberKind.Static ? "public static extern " : "").Append(resultType).Append(' ').Append(name).Append('(');
                text.Append(string.Join(", ", parameters.Select((p, i) => (p.Rest ? "params " : "") + types[i] + " " + names[i])));
                text.Append(");\n");
                _figures.Members++;
                _written.Add(text.ToString());
            }
        }
    }

    /// <summary>Each combination of the parameters' union members, or one combination with the unions as object when there would be too many.</summary>
    private List<List<string>> ParameterTypes(IReadOnlyList<Parameter> parameters)
    {
        var alternatives = parameters.Select(p => p.Rest
            ? new List<string> { _types.One(RestElement(p.Type), _scope) + "[]" }
            : _types.Alternatives(p.Type, _scope).Select(t => Nullable(t, TypeMapper.AdmitsNull(p.Type))).ToList()).ToList();
        var combinations = alternatives.Aggregate(1L, (n, a) => n * a.Count);
        if (combinations > MaxUnionOverloads) alternatives = parameters.Select((p, i) => alternatives[i].Count == 1 ? alternatives[i] : new List<string> { "object" }).ToList();
        var result = new List<List<string>> { new() };
        foreach (var choices in alternatives) result = result.SelectMany(prefix => choices.Select(c => prefix.Append(c).ToList())).ToList();
        return result;
    }

    private static TypeNode RestElement(TypeNode type) => type switch
    {
        ArrayType array => array.Element,
        NamedType { Name: "Array", Arguments.Count: 1 } named => named.Arguments[0],
        _ => type,
    };

    private string Nullable(string type, bool nullable) => nullable && type != "void" && !type.EndsWith('?') ? type + "?" : type;

    /// <summary>C# forbids a member named as its type (Sheets.Sheets): such a member takes a trailing underscore.</summary>
    private string FreeName(string name) => name == _typeName ? name + "_" : name;

    private static void NameAttribute(StringBuilder text, string csharpName, string jsName)
    {
        if (!CSharpNames.LowersTo(csharpName, jsName)) text.Append(Indent).Append("[global::AppsScript.Interop.Name(\"").Append(jsName).Append("\")]\n");
    }
}

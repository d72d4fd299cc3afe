using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop.Generator.Typings;

namespace AppsScript.Interop.Generator.Bindings;

/// <summary>
/// The C# types of a TypeScript type, as the compiler represents values at run time: <c>number</c> is
/// <c>double</c> (<c>Integer</c> <c>int</c>, <c>Byte</c> <c>sbyte</c> as Apps Script's signed bytes), arrays
/// arrays, an index signature <c>Dictionary&lt;string, V&gt;</c> (a plain object), a string literal union
/// <c>string</c>, <c>any</c> and other shapes <c>object</c>. A union where a value is expected maps to one
/// C# type per member (each becomes an overload), elsewhere (results, properties, array elements) to the one type
/// its members share, or <c>object</c>.
/// </summary>
internal sealed class TypeMapper
{
    private const string Object = "object";
    private readonly TypeTable _table;

    private readonly HashSet<string> _enumTypes;

    public TypeMapper(TypeTable table)
    {
        _table = table;
        _enumTypes = table.All.Where(d => d.Declaration is EnumDeclaration).Select(table.CSharpType).ToHashSet();
    }

    /// <summary>The type without <c>undefined</c> and <c>null</c>, which C# expresses with nullability instead.</summary>
    public static TypeNode WithoutUndefined(TypeNode type)
    {
        if (type is not UnionType union) return type;
        var members = union.Members.Where(m => !IsNullish(m)).ToList();
        return members.Count == 1 ? members[0] : new UnionType(members);
    }

    private static bool IsNullish(TypeNode type) => type is NamedType { Name: "undefined" or "null", Arguments.Count: 0 };

    public static bool AdmitsNull(TypeNode type) => type is UnionType union && union.Members.Any(IsNullish);

    /// <summary>The one C# type of a result, property or element.</summary>
    public string One(TypeNode type, string scope)
    {
        var alternatives = Alternatives(type, scope);
        return alternatives.Count == 1 ? alternatives[0] : Object;
    }

    /// <summary>The C# types a value of the type may have, one per union member that maps to a type of its own.</summary>
    public IReadOnlyList<string> Alternatives(TypeNode type, string scope)
    {
        type = WithoutUndefined(type);
        if (type is UnionType union)
        {
            return union.Members.SelectMany(m => Alternatives(m, scope)).Distinct().ToList();
        }
        return new[] { Single(type, scope) };
    }

    private string Single(TypeNode type, string scope)
    {
        switch (type)
        {
            case LiteralType literal:
                return literal.IsString ? "string" : "double";
            case ArrayType array:
                return One(array.Element, scope) + "[]";
            case TupleType:
                return "object[]";
            case ObjectType { IndexValue: { } value }:
                return "global::System.Collections.Generic.Dictionary<string, " + One(value, scope) + ">";
            case NamedType named:
                return Named(named, scope);
            default:
                return Object;
        }
    }

    private string Named(NamedType named, string scope)
    {
        switch (named.Name)
        {
            case "string" or "Char" or "Base.Char":
                return "string";
            case "number":
                return "double";
            case "Integer":
                return "int";
            case "Byte":
                return "sbyte";
            case "boolean":
                return "bool";
            case "void":
                return "void";
            case "Record" when named.Arguments.Count == 2:
                return "global::System.Collections.Generic.Dictionary<string, " + One(named.Arguments[1], scope) + ">";
            case "Array" or "ReadonlyArray" when named.Arguments.Count == 1:
                return One(named.Arguments[0], scope) + "[]";
            case "Date" or "Base.Date":
                return _table.CSharpType(_table.Resolve(new NamedType("Base.Date", named.Arguments), TypeTable.Root)!);
        }
        if (_table.Resolve(named, scope) is not { } declared) return Object;
        switch (declared.Declaration)
        {
            case TypeAliasDeclaration alias:
                return One(alias.Type, declared.Scope);
            case EnumDeclaration when _table.EnumPath(declared) is null && !HandBindings.Types.ContainsKey(declared.FullName):
                // No global holds its values (Charts' MatchType, a Ui's Button): an enum C# could name would lower to a path
                // that does not exist, so its values pass through as objects.
                return Object;
            case EnumDeclaration:
                return _table.CSharpType(declared);
            case InterfaceDeclaration when _table.ServiceGlobal(declared) is not null && !HandBindings.Types.ContainsKey(declared.FullName):
                // A service is a static class; nothing holds one as a value.
                return Object;
            case InterfaceDeclaration when _table.IsHandBound(declared) && !HandBindings.Types.ContainsKey(declared.FullName):
                return Object;
            case InterfaceDeclaration:
                return _table.CSharpType(declared);
            default:
                return Object;
        }
    }

    /// <summary>Whether a C# type is a value type, whose optional or nullable form needs a <c>?</c>.</summary>
    public bool IsValueType(string csharpType) => csharpType is "double" or "int" or "sbyte" or "bool" || _enumTypes.Contains(csharpType);
}

using System.Collections.Generic;

namespace AppsScript.Interop.Generator.Typings;

/// <summary>
/// Reads the declarations of @types/google-apps-script: namespaces, interfaces, enums, type aliases and
/// <c>declare var</c> globals, with the TypeScript types their members use. The typings are regular declaration
/// files; syntax outside what they use stops the reader with the line (<see cref="TypingsException"/>).
/// </summary>
internal sealed class DtsParser
{
    private readonly List<Token> _tokens;
    private readonly string _file;
    private int _position;

    private DtsParser(List<Token> tokens, string file)
    {
        _tokens = tokens;
        _file = file;
    }

    /// <summary>Adds the declarations of one file to <paramref name="root"/>, the global scope.</summary>
    public static void Parse(string text, string file, NamespaceDeclaration root) => new DtsParser(DtsLexer.Tokenize(text), file).ParseBody(root, topLevel: true);

    private Token Current => _tokens[_position];

    private Token Next() => _tokens[_position++];

    private bool Is(string text) => Current.Kind is TokenKind.Punctuation or TokenKind.Identifier && Current.Text == text;

    private bool Accept(string text)
    {
        if (!Is(text)) return false;
        _position++;
        return true;
    }

    private void Expect(string text)
    {
        if (!Accept(text)) throw Error($"expected '{text}'");
    }

    private TypingsException Error(string message) => new($"{_file}({Current.Line}): {message}, found '{Current.Text}'");

    private string Identifier()
    {
        if (Current.Kind != TokenKind.Identifier) throw Error("expected a name");
        return Next().Text;
    }

    private string DottedName()
    {
        var name = Identifier();
        while (Is(".") && _tokens[_position + 1].Kind == TokenKind.Identifier)
        {
            _position++;
            name += "." + Identifier();
        }
        return name;
    }

    private void ParseBody(NamespaceDeclaration scope, bool topLevel)
    {
        while (topLevel ? Current.Kind != TokenKind.End : !Is("}"))
        {
            var doc = Current.Doc;
            Accept("export");
            Accept("declare");
            var keyword = Identifier();
            switch (keyword)
            {
                case "namespace" or "module":
                    var target = scope;
                    foreach (var part in DottedName().Split('.')) target = target.Namespace(part);
                    Expect("{");
                    ParseBody(target, topLevel: false);
                    Expect("}");
                    break;
                case "interface":
                    scope.Declarations.Add(ParseInterface(doc));
                    break;
                case "enum":
                    scope.Declarations.Add(ParseEnum(doc));
                    break;
                case "type":
                    var aliasName = Identifier();
                    Expect("=");
                    scope.Declarations.Add(new TypeAliasDeclaration(aliasName, doc, ParseType()));
                    Expect(";");
                    break;
                case "var" or "const" or "let":
                    var variableName = Identifier();
                    Expect(":");
                    scope.Declarations.Add(new VariableDeclaration(variableName, doc, ParseType()));
                    Expect(";");
                    break;
                default:
                    _position--;
                    throw Error("expected a declaration");
            }
        }
    }

    private InterfaceDeclaration ParseInterface(string? doc)
    {
        var name = Identifier();
        var typeParameters = TypeParameters();
        var extends = new List<TypeNode>();
        if (Accept("extends"))
        {
            do extends.Add(ParseType()); while (Accept(","));
        }
        return new InterfaceDeclaration(name, doc, typeParameters, extends, ParseMembers());
    }

    private List<string> TypeParameters()
    {
        var names = new List<string>();
        if (!Accept("<")) return names;
        do names.Add(Identifier()); while (Accept(","));
        Expect(">");
        return names;
    }

    private List<Member> ParseMembers()
    {
        Expect("{");
        var members = new List<Member>();
        while (!Accept("}"))
        {
            var doc = Current.Doc;
            if (Is("(") || (Is("new") && _tokens[_position + 1].Text is "(" or "<"))
            {
                Accept("new");
                SkipSignature();
                members.Add(new SignatureMember(doc));
                continue;
            }
            if (Is("["))
            {
                ParseObjectIndex();
                members.Add(new SignatureMember(doc));
                continue;
            }
            var readOnly = Is("readonly") && _tokens[_position + 1].Kind is TokenKind.Identifier or TokenKind.String;
            if (readOnly) _position++;
            if (Current.Kind is not (TokenKind.Identifier or TokenKind.String)) throw Error("expected a member name");
            var name = Next().Text;
            var optional = Accept("?");
            if (Is("(") || Is("<"))
            {
                var typeParameters = TypeParameters();
                var parameters = ParseParameters();
                Expect(":");
                members.Add(new MethodMember(name, doc, typeParameters, parameters, ParseType()));
            }
            else
            {
                Expect(":");
                members.Add(new PropertyMember(name, doc, ParseType(), optional, readOnly));
            }
            if (!Accept(";")) Accept(",");
        }
        return members;
    }

    private void SkipSignature()
    {
        ParseParameters();
        Expect(":");
        ParseType();
        Expect(";");
    }

    private List<Parameter> ParseParameters()
    {
        Expect("(");
        var parameters = new List<Parameter>();
        while (!Accept(")"))
        {
            var rest = Accept("...");
            var name = Identifier();
            var optional = Accept("?");
            Expect(":");
            parameters.Add(new Parameter(name, ParseType(), optional, rest));
            if (!Is(")")) Expect(",");
        }
        return parameters;
    }

    private EnumDeclaration ParseEnum(string? doc)
    {
        var name = Identifier();
        Expect("{");
        var members = new List<EnumMember>();
        while (!Accept("}"))
        {
            var memberDoc = Current.Doc;
            var memberName = Current.Kind == TokenKind.String ? Next().Text : Identifier();
            if (Accept("=")) Next();
            members.Add(new EnumMember(memberName, memberDoc));
            if (!Is("}")) Expect(",");
        }
        return new EnumDeclaration(name, doc, members);
    }

    private TypeNode ParseType()
    {
        Accept("|");
        var members = new List<TypeNode> { ParseIntersectionType() };
        while (Accept("|")) members.Add(ParseIntersectionType());
        return members.Count == 1 ? members[0] : new UnionType(members);
    }

    private TypeNode ParseIntersectionType()
    {
        var members = new List<TypeNode> { ParsePostfixType() };
        while (Accept("&")) members.Add(ParsePostfixType());
        return members.Count == 1 ? members[0] : new IntersectionType(members);
    }

    private TypeNode ParsePostfixType()
    {
        var type = ParsePrimaryType();
        while (Is("[") && _tokens[_position + 1].Text == "]")
        {
            _position += 2;
            type = new ArrayType(type);
        }
        return type;
    }

    private TypeNode ParsePrimaryType()
    {
        if (Current.Kind == TokenKind.String) return new LiteralType(Next().Text, IsString: true);
        if (Current.Kind == TokenKind.Number) return new LiteralType(Next().Text, IsString: false);
        if (Accept("typeof")) return new TypeofType(DottedName());
        if (Is("{")) return ParseObjectType();
        if (Accept("["))
        {
            var elements = new List<TypeNode>();
            while (!Accept("]"))
            {
                elements.Add(ParseType());
                if (!Is("]")) Expect(",");
            }
            return new TupleType(elements);
        }
        if (Is("(")) return IsFunctionType() ? ParseFunctionType() : Parenthesized();
        var name = DottedName();
        var arguments = new List<TypeNode>();
        if (Accept("<"))
        {
            do arguments.Add(ParseType()); while (Accept(","));
            Expect(">");
        }
        return new NamedType(name, arguments);
    }

    private TypeNode Parenthesized()
    {
        Expect("(");
        var type = ParseType();
        Expect(")");
        return type;
    }

    /// <summary>After <c>(</c>: a function type starts with <c>()</c>, <c>(...</c> or <c>(name:</c> / <c>(name?</c>.</summary>
    private bool IsFunctionType()
    {
        var next = _tokens[_position + 1];
        if (next.Text is ")" or "...") return true;
        var after = _tokens[_position + 2];
        return next.Kind == TokenKind.Identifier && after.Text is ":" or "?";
    }

    private TypeNode ParseFunctionType()
    {
        var parameters = ParseParameters();
        Expect("=>");
        return new FunctionType(parameters, ParseType());
    }

    private TypeNode ParseObjectType()
    {
        if (_tokens[_position + 1].Text == "[")
        {
            Expect("{");
            var value = ParseObjectIndex();
            Expect("}");
            return new ObjectType(value, new List<Member>());
        }
        return new ObjectType(null, ParseMembers());
    }

    /// <summary>An index signature, <c>[key: string]: V;</c>; returns V.</summary>
    private TypeNode ParseObjectIndex()
    {
        Expect("[");
        Identifier();
        Expect(":");
        ParseType();
        Expect("]");
        Expect(":");
        var value = ParseType();
        if (!Accept(";")) Accept(",");
        return value;
    }
}

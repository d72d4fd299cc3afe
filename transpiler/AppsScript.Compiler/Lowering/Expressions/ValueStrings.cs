using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The strings C# writes ToString for from the members: a tuple's <c>(1, a)</c>, a KeyValuePair's <c>[1, a]</c>, an anonymous type's
/// <c>{ Name = x, N = 1 }</c>, a record's <c>Track { Id = t1, Title = Intro }</c>, each member as .NET appends it
/// (null as nothing, a collection or class without ToString by its type name). Plain data and anonymous types are
/// objects without a class, so their string is a template written where the value is converted; a record that is a
/// class gets the method (<see cref="RecordToString"/>), so that a derived record prints its own name and members.
/// </summary>
internal static class ValueStrings
{
    /// <summary>The types being expanded, so that a type that holds itself is refused rather than expanded forever.</summary>
    [ThreadStatic] private static HashSet<ITypeSymbol>? _expanding;

    /// <summary>The template of a tuple, anonymous type or plain record, or null for any other type.</summary>
    public static JsExpression? TryOf(JsExpression value, ITypeSymbol type, bool notNull, SyntaxNode? at, BodyLowerer body)
    {
        var underlying = TypeFacts.Underlying(type)!;
        if (!IsTemplated(underlying, body.Semantics)) return null;
        _expanding ??= new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        if (!_expanding.Add(underlying))
        {
            return body.UnsupportedAt(at, DiagnosticDescriptors.NoToStringOverride, type.ToDisplayString(),
                $"its members, nested to any depth ({underlying.Name} holds itself)");
        }
        try
        {
            var mayBeNull = !notNull && (type.IsReferenceType || TypeFacts.IsNullableValueType(type));
            var (first, again) = body.Reuse(value, TypeFacts.IsTuple(underlying) ? "tuple" : underlying.IsAnonymousType ? "anonymous" : "record");
            var template = Template(again, underlying, at, body);
            if (mayBeNull) return new JsConditional(new JsBinary("==", first, new JsNullLiteral()), new JsStringLiteral(""), template);
            return ReferenceEquals(first, again) ? template : new JsSequence(new[] { first, template });
        }
        finally
        {
            _expanding.Remove(underlying);
        }
    }

    /// <summary>True for the types whose string is written as a template where they are converted.</summary>
    public static bool IsTemplated(ITypeSymbol type, ScriptSemantics semantics) =>
        TypeFacts.IsTuple(type) || TypeFacts.IsKeyValuePair(type) || type.IsAnonymousType || type.IsRecord && semantics.ShapeOf(type) == TypeShape.PlainData;

    private static JsExpression Template(JsExpression value, ITypeSymbol type, SyntaxNode? at, BodyLowerer body)
    {
        if (type is INamedTypeSymbol { IsTupleType: true } tuple)
        {
            var items = tuple.TupleElements.Select((element, index) => (new JsIndex(value, new JsNumberLiteral(index)) as JsExpression, element.Type));
            return Joined("(", items, ")", named: null, at, body);
        }
        if (TypeFacts.IsKeyValuePair(type))
        {
            var items = ((INamedTypeSymbol)type).TypeArguments.Select((argument, index) => (new JsIndex(value, new JsNumberLiteral(index)) as JsExpression, argument));
            return Joined("[", items, "]", named: null, at, body);
        }
        return MembersText(value, type, type.IsAnonymousType ? "{ " : type.Name + " { ", at, body);
    }

    /// <summary><c>Name { A = 1, B = x }</c>: the opening, then each printed member by name and value.</summary>
    private static JsExpression MembersText(JsExpression value, ITypeSymbol type, string open, SyntaxNode? at, BodyLowerer body)
    {
        var members = PrintedMembers(type, body.Semantics).ToList();
        var parts = members.Select(member => (Member(value, member, body), MemberType(member))).ToList();
        return parts.Count == 0 ? new JsStringLiteral(open + "}") : Joined(open, parts, " }", members.Select(member => member.Name).ToList(), at, body);
    }

    /// <summary>The record's synthesized <c>toString()</c>: its name, then its members and its base records' as .NET prints them.</summary>
    public static JsClassMember RecordToString(INamedTypeSymbol record, BodyLowerer body)
    {
        var at = record.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        var text = MembersText(new JsThis(), record, record.Name + " { ", at, body);
        return new JsClassMember("toString", JsMethodKind.Method, false, Array.Empty<JsParameter>(), new JsBlock(new JsStatement[] { new JsReturn(text) }));
    }

    /// <summary>True for a record whose ToString C# writes: one that declares none, under a base record that seals none.</summary>
    public static bool HasSynthesizedToString(ITypeSymbol type) =>
        type.IsRecord && type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsImplicitlyDeclared && m.Parameters.Length == 0);

    private static JsExpression Joined(string open, IEnumerable<(JsExpression Value, ITypeSymbol Type)> items, string close, IReadOnlyList<string>? named, SyntaxNode? at, BodyLowerer body)
    {
        var quasis = new List<string> { open };
        var expressions = new List<JsExpression>();
        var index = 0;
        foreach (var (value, type) in items)
        {
            if (index > 0) quasis[^1] += ", ";
            if (named is not null) quasis[^1] += named[index] + " = ";
            var piece = MemberString(value, type, at, body);
            if (piece is JsStringLiteral literal) quasis[^1] += literal.Value;
            else
            {
                expressions.Add(piece);
                quasis.Add("");
            }
            index++;
        }
        quasis[^1] += close;
        return expressions.Count == 0 ? new JsStringLiteral(quasis[0]) : new JsTemplateLiteral(quasis, expressions);
    }

    /// <summary>
    /// A member as .NET's StringBuilder appends it: by its own string, or, for a collection or a class without
    /// ToString, by its type's name; nothing for null.
    /// </summary>
    private static JsExpression MemberString(JsExpression value, ITypeSymbol type, SyntaxNode? at, BodyLowerer body)
    {
        if (DotNetTypeNames.PrintedName(type, body.Semantics) is { } name)
        {
            if (TypeFacts.IsNonNullableValueType(type)) return new JsStringLiteral(name);
            return new JsConditional(new JsBinary("==", value, new JsNullLiteral()), new JsStringLiteral(""), new JsStringLiteral(name));
        }
        if (TypeFacts.CollectionOf(type) != RuntimeCollection.None && !TypeFacts.IsString(type) || type.TypeKind == TypeKind.Interface && !TypeFacts.IsString(type))
        {
            return body.UnsupportedAt(at, DiagnosticDescriptors.NoToStringOverride, type.ToDisplayString(), "the name of the collection's type at run time");
        }
        return Strings.OfValue(value, type, TypeFacts.IsNonNullableValueType(type), coerced: true, at, body);
    }

    /// <summary>The members .NET's PrintMembers writes: public instance fields and readable properties, a base record's first.</summary>
    private static IEnumerable<ISymbol> PrintedMembers(ITypeSymbol type, ScriptSemantics semantics)
    {
        var chain = new List<ITypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType) chain.Insert(0, current);
        foreach (var declaring in chain)
        {
            foreach (var member in declaring.GetMembers())
            {
                if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || member.Name == "EqualityContract") continue;
                switch (member)
                {
                    case IPropertySymbol { IsIndexer: false, GetMethod: not null, IsOverride: false } property when !property.IsImplicitlyDeclared || declaring.IsAnonymousType:
                        yield return member;
                        break;
                    case IFieldSymbol { AssociatedSymbol: null, IsImplicitlyDeclared: false }:
                        yield return member;
                        break;
                }
            }
        }
    }

    private static ITypeSymbol MemberType(ISymbol member) => member switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        _ => throw new ArgumentException("not a member with a value", nameof(member)),
    };

    private static JsExpression Member(JsExpression value, ISymbol member, BodyLowerer body)
    {
        if (member.ContainingType.IsAnonymousType) return MemberAccess.Key(value, member.Name);
        body.Reference(member);
        return MemberAccess.Key(value, body.Semantics.MemberName(member));
    }
}

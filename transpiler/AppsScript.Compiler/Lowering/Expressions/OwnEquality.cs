using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Equality the program writes itself, which .NET's hash tables and searches call: a class's (or record's or
/// struct's) GetHashCode with its <c>IEquatable&lt;T&gt;.Equals</c> or <c>Equals(object)</c>, as EqualityComparer&lt;T&gt;.Default
/// picks them, or an <c>IEqualityComparer&lt;T&gt;</c> the program implements. In JavaScript it is an equality object,
/// <c>{ hash: (key) =&gt; key.GetHashCode(), equals: (key, other) =&gt; key.Equals(other) }</c>, or, of a comparer,
/// <c>{ comparer, hash: (key, comparer) =&gt; comparer.GetHashCode(key), equals: (key, other, comparer) =&gt; comparer.Equals(key, other) }</c>,
/// that EqualityMap_ and EqualitySet_ call as .NET's Dictionary and HashSet call them.
/// </summary>
internal static class OwnEquality
{
    /// <summary>Whether the key or set element expression is an equality object rather than a value key function.</summary>
    public static bool Is(JsExpression? key) => key is JsObjectLiteral;

    /// <summary>
    /// Whether .NET's default equality of the type is the program's own: an Equals override or IEquatable&lt;T&gt; in the
    /// program's part of its class chain.
    /// </summary>
    public static bool IsOwn(ITypeSymbol? type)
    {
        type = TypeFacts.Underlying(type);
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsTupleType: false, IsAnonymousType: false } || TypeFacts.IsKeyValuePair(type)
            || type.DeclaringSyntaxReferences.Length == 0) return false;
        return EqualsOf(type) is not null;
    }

    /// <summary>
    /// The equality object of EqualityComparer&lt;T&gt;.Default for a type whose equality is its own, or null after
    /// reporting GAS1028 where it has no GetHashCode of its own (.NET's would be a per-object number JavaScript does not have);
    /// a search, which only compares (<paramref name="hashes"/> false), needs none.
    /// </summary>
    public static JsExpression? Default(ITypeSymbol type, SyntaxNode? at, BodyLowerer body, bool hashes = true)
    {
        var underlying = TypeFacts.Underlying(type)!;
        var equals = EqualsOf(underlying)!;
        var hash = hashes ? Overridden(underlying, "GetHashCode", 0) : null;
        if (hashes && hash is null)
        {
            body.Report(DiagnosticDescriptors.ValueKeyNotSupported, at, type.ToDisplayString(), "it declares its own Equals but not GetHashCode, whose .NET value JavaScript does not have");
            return null;
        }
        body.Reference(equals);
        var key = body.FreshName("key");
        var other = body.FreshName("other");
        JsExpression? hashOf = null;
        if (hash is not null)
        {
            body.Reference(hash);
            hashOf = new JsArrow(new[] { new JsParameter(key) }, new JsCall(new JsMember(new JsIdentifier(key), body.Semantics.MemberName(hash)), System.Array.Empty<JsExpression>()));
        }
        return Equality(null, hashOf,
            new JsArrow(new[] { new JsParameter(key), new JsParameter(other) }, new JsCall(new JsMember(new JsIdentifier(key), body.Semantics.MemberName(equals)), new JsExpression[] { new JsIdentifier(other) })));
    }

    /// <summary>The equality object of a comparer of the program's class, given as <paramref name="comparer"/>, evaluated once.</summary>
    public static JsExpression? OfComparer(JsExpression comparer, ITypeSymbol comparerType, ITypeSymbol elementType, BodyLowerer body)
    {
        var equality = comparerType.AllInterfaces.FirstOrDefault(i => FullNames.Is(i, "System.Collections.Generic.IEqualityComparer`1")
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], elementType));
        if (equality is null) return null;
        if (comparerType.FindImplementationForInterfaceMember(equality.GetMembers("Equals").Single()) is not IMethodSymbol equals
            || comparerType.FindImplementationForInterfaceMember(equality.GetMembers("GetHashCode").Single()) is not IMethodSymbol hash) return null;
        body.Reference(equals);
        body.Reference(hash);
        var key = body.FreshName("key");
        var other = body.FreshName("other");
        var self = body.FreshName("comparer");
        return Equality(comparer,
            new JsArrow(new[] { new JsParameter(key), new JsParameter(self) },
                new JsCall(new JsMember(new JsIdentifier(self), body.Semantics.MemberName(hash)), new JsExpression[] { new JsIdentifier(key) })),
            new JsArrow(new[] { new JsParameter(key), new JsParameter(other), new JsParameter(self) },
                new JsCall(new JsMember(new JsIdentifier(self), body.Semantics.MemberName(equals)), new JsExpression[] { new JsIdentifier(key), new JsIdentifier(other) })));
    }

    private static JsExpression Equality(JsExpression? comparer, JsExpression? hash, JsExpression equals)
    {
        var members = new List<JsObjectMember>();
        if (comparer is not null) members.Add(new JsProperty("comparer", comparer));
        if (hash is not null) members.Add(new JsProperty("hash", hash));
        members.Add(new JsProperty("equals", equals));
        return new JsObjectLiteral(members);
    }

    /// <summary>The Equals EqualityComparer&lt;T&gt;.Default calls: IEquatable&lt;T&gt;'s where the type implements it, else the Equals(object) override.</summary>
    private static IMethodSymbol? EqualsOf(ITypeSymbol type)
    {
        var equatable = type.AllInterfaces.FirstOrDefault(i => FullNames.Is(i, "System.IEquatable`1")
            && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type));
        if (equatable is not null && type.FindImplementationForInterfaceMember(equatable.GetMembers("Equals").Single()) is IMethodSymbol implementation
            && !implementation.IsImplicitlyDeclared && implementation.DeclaringSyntaxReferences.Length > 0) return implementation;
        return Overridden(type, "Equals", 1);
    }

    /// <summary>The program's override of an object method in the type's chain, the most derived first.</summary>
    private static IMethodSymbol? Overridden(ITypeSymbol type, string name, int parameters)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            if (current.DeclaringSyntaxReferences.Length == 0) continue;
            var method = current.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(m => m.IsOverride && m.Parameters.Length == parameters && !m.IsImplicitlyDeclared);
            if (method is not null) return method;
        }
        return null;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The value key of a record, tuple, anonymous type or KeyValuePair: a string that two values share exactly when
/// .NET's Equals finds them equal. Its members' values go into a JSON array (doubles as their text, so that NaN
/// equals NaN and 0 equals -0 as double.Equals has it; a class compared by reference as its identity number,
/// refKey_); a record that is a class keys itself (its <c>equalityKey_()</c> method, <see cref="RecordKeyMethod"/>),
/// with its class's name first, so that a derived record never equals a base one, as EqualityContract has it.
/// Equality, sets, dictionaries, Distinct and GroupBy compare these keys.
/// </summary>
internal static class ValueKeys
{
    /// <summary>The name of the key method of a record that is a class.</summary>
    public const string KeyMethod = "equalityKey_";

    [ThreadStatic] private static HashSet<ITypeSymbol>? _expanding;

    /// <summary>The record or struct whose key method is being built, whose calls of other key methods run only if it runs.</summary>
    [ThreadStatic] private static ITypeSymbol? _keyMethodOf;

    /// <summary>True for the types .NET compares by their members: records, tuples, anonymous types, KeyValuePair, the program's structs (ValueType.Equals).</summary>
    public static bool ComparesByMembers(ITypeSymbol? type)
    {
        type = TypeFacts.Underlying(type);
        return type is not null && (type.IsTupleType || type.IsAnonymousType || type.IsRecord || TypeFacts.IsKeyValuePair(type) || TypeFacts.IsSourceStruct(type));
    }

    /// <summary>A record that is a class, or a struct of the program: a class of its own, which keys itself with <see cref="KeyMethod"/>.</summary>
    private static bool KeysItself(ITypeSymbol type, ScriptSemantics semantics) =>
        (type.IsRecord || TypeFacts.IsSourceStruct(type)) && semantics.ShapeOf(type) == TypeShape.Class;

    /// <summary>
    /// <c>(value) =&gt; key</c> for a non-null value of a type compared by its members, or null after reporting GAS1028
    /// where a member has no key (a value typed object or an interface, a class with its own Equals).
    /// </summary>
    public static JsExpression? KeyFunction(ITypeSymbol type, SyntaxNode? at, BodyLowerer body)
    {
        var underlying = TypeFacts.Underlying(type)!;
        var parameter = new JsIdentifier(body.FreshName(TypeFacts.IsTuple(underlying) ? "tuple" : "value"));
        var reason = new List<string>();
        var key = Key(parameter, underlying, body, reason);
        if (key is not null) return new JsArrow(new[] { new JsParameter(parameter.Name) }, key);
        body.Report(DiagnosticDescriptors.ValueKeyNotSupported, at, type.ToDisplayString(), reason.FirstOrDefault() ?? "");
        return null;
    }

    /// <summary>The key of a value that is not null, or null after reporting GAS1028.</summary>
    public static JsExpression? KeyOf(JsExpression value, ITypeSymbol type, SyntaxNode? at, BodyLowerer body)
    {
        var reason = new List<string>();
        var (first, again) = body.Reuse(value, "value");
        var key = Key(again, TypeFacts.Underlying(type)!, body, reason);
        if (key is null)
        {
            body.Report(DiagnosticDescriptors.ValueKeyNotSupported, at, type.ToDisplayString(), reason.FirstOrDefault() ?? "");
            return null;
        }
        return ReferenceEquals(first, again) ? key : new JsSequence(new[] { first, key });
    }

    /// <summary>The key of a non-null value of a type compared by its members.</summary>
    private static JsExpression? Key(JsExpression value, ITypeSymbol type, BodyLowerer body, List<string> reason)
    {
        if (KeysItself(type, body.Semantics))
        {
            if (!HasKeyMethod(type, body.Semantics, reason)) return null;
            body.Context.KeyMethodCalls.Add(type, _keyMethodOf);
            return new JsCall(new JsMember(value, KeyMethod), Array.Empty<JsExpression>());
        }
        var parts = Parts(value, type, body, reason);
        return parts is null ? null : Stringify(parts);
    }

    /// <summary>
    /// The record's <c>equalityKey_()</c>, or null when a member of it has no key. Linking keeps it only where
    /// <see cref="KeyMethodCalls"/> finds a call that reaches it.
    /// </summary>
    public static JsClassMember? RecordKeyMethod(INamedTypeSymbol record, BodyLowerer body)
    {
        var outer = _keyMethodOf;
        _keyMethodOf = record;
        try
        {
            var parts = new List<JsExpression> { new JsStringLiteral(body.Semantics.TypeName(record)) };
            var reason = new List<string>();
            foreach (var (member, type) in EqualityMembers(record))
            {
                var part = Part(Member(new JsThis(), member, body), type, body, reason);
                if (part is null) return null;
                parts.Add(part);
            }
            return new JsClassMember(KeyMethod, JsMethodKind.Method, false, Array.Empty<JsParameter>(),
                new JsBlock(new JsStatement[] { new JsReturn(Stringify(new JsArrayLiteral(parts))) }));
        }
        finally
        {
            _keyMethodOf = outer;
        }
    }

    /// <summary>Whether a record class, and every record of the program deriving from it, has a key method.</summary>
    private static bool HasKeyMethod(ITypeSymbol record, ScriptSemantics semantics, List<string> reason)
    {
        foreach (var type in semantics.SourceTypes.Where(t => DerivesFrom(t, record)))
        {
            if (type.GetMembers("Equals").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1))
            {
                reason.Add($"'{type.Name}' declares its own Equals");
                return false;
            }
            foreach (var (_, memberType) in EqualityMembers(type))
            {
                if (!HasPart(memberType, semantics, reason)) return false;
            }
        }
        return true;
    }

    private static bool DerivesFrom(ITypeSymbol type, ITypeSymbol ancestor)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, ancestor.OriginalDefinition)) return true;
        }
        return false;
    }

    private static bool HasPart(ITypeSymbol type, ScriptSemantics semantics, List<string> reason)
    {
        var underlying = TypeFacts.Underlying(type)!;
        if (IsPrimitive(underlying) || IsReference(underlying, semantics)) return true;
        if (KeysItself(underlying, semantics)) return true;
        if (ComparesByMembers(underlying)) return Members(underlying, semantics).All(m => HasPart(m.Type, semantics, reason));
        reason.Add($"its member of type '{type.ToDisplayString()}' has no key");
        return false;
    }

    /// <summary>The JSON array of a value's members' keys.</summary>
    private static JsExpression? Parts(JsExpression value, ITypeSymbol type, BodyLowerer body, List<string> reason)
    {
        _expanding ??= new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        if (!_expanding.Add(type))
        {
            reason.Add($"'{type.ToDisplayString()}' holds itself");
            return null;
        }
        try
        {
            var parts = new List<JsExpression>();
            foreach (var (read, memberType) in Members(type, body.Semantics))
            {
                var part = Part(read(value, body), memberType, body, reason);
                if (part is null) return null;
                parts.Add(part);
            }
            return new JsArrayLiteral(parts);
        }
        finally
        {
            _expanding.Remove(type);
        }
    }

    /// <summary>A member's part of the key: the value itself, its text, its identity number or its own key.</summary>
    private static JsExpression? Part(JsExpression value, ITypeSymbol type, BodyLowerer body, List<string> reason)
    {
        var underlying = TypeFacts.Underlying(type)!;
        var mayBeNull = !TypeFacts.IsNonNullableValueType(type);
        if (TypeFacts.IsFloating(underlying))
        {
            var text = new JsCall(new JsIdentifier("String"), new[] { value });
            return mayBeNull ? NullOr(value, text) : text;
        }
        if (IsPrimitive(underlying)) return value;
        if (IsReference(underlying, body.Semantics)) return body.CallHelper("refKey_", value);
        if (!ComparesByMembers(underlying))
        {
            reason.Add($"its member of type '{type.ToDisplayString()}' has no key");
            return null;
        }
        var key = KeysItself(underlying, body.Semantics) ? Key(value, underlying, body, reason) : Parts(value, underlying, body, reason);
        if (key is null) return null;
        return mayBeNull ? NullOr(value, key) : key;
    }

    private static JsExpression NullOr(JsExpression value, JsExpression key) =>
        new JsConditional(new JsBinary("==", value, new JsNullLiteral()), new JsNullLiteral(), key);

    private static JsExpression Stringify(JsExpression parts) => new JsCall(new JsMember(new JsIdentifier("JSON"), "stringify"), new[] { parts });

    /// <summary>Types whose values JSON writes distinctly and JavaScript compares as .NET does: strings, integers, bools, enums, dates.</summary>
    private static bool IsPrimitive(ITypeSymbol type) =>
        TypeFacts.IsString(type) || TypeFacts.IsChar(type) || TypeFacts.IsBool(type) || TypeFacts.IsNumeric(type) || TypeFacts.IsEnum(type)
        || TypeFacts.IsDateTime(type) || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type);

    /// <summary>Types .NET compares by reference: classes of the program without Equals of their own, and .NET's collections.</summary>
    private static bool IsReference(ITypeSymbol type, ScriptSemantics semantics)
    {
        if (type is IArrayTypeSymbol) return true;
        if (type.TypeKind != TypeKind.Class || type.IsRecord || type.IsAnonymousType) return false;
        if (TypeFacts.CollectionOf(type) is RuntimeCollection.Array or RuntimeCollection.Set or RuntimeCollection.Dictionary or RuntimeCollection.Map) return !semantics.IsInSource(type);
        if (FullNames.Is(type, "System.Text.StringBuilder")) return true;
        return semantics.ShapeOf(type) is TypeShape.Class or TypeShape.PlainData && !Replacements.ElementTypes.ComparesByValue(type);
    }

    /// <summary>The members a type compared by its members compares, in order: a tuple's elements, a record's or anonymous type's fields.</summary>
    private static IEnumerable<(Func<JsExpression, BodyLowerer, JsExpression> Read, ITypeSymbol Type)> Members(ITypeSymbol type, ScriptSemantics semantics)
    {
        if (type is INamedTypeSymbol { IsTupleType: true } tuple) return tuple.TupleElements.Select((e, i) => (Element(i), e.Type));
        if (TypeFacts.IsKeyValuePair(type)) return ((INamedTypeSymbol)type).TypeArguments.Select((t, i) => (Element(i), t));
        if (type.IsAnonymousType) return type.GetMembers().OfType<IPropertySymbol>().Select(p => (Named(p), p.Type));
        return EqualityMembers(type).Select(m => (Named(m.Member), m.Type));
    }

    private static Func<JsExpression, BodyLowerer, JsExpression> Element(int index) => (value, _) => new JsIndex(value, new JsNumberLiteral(index));

    private static Func<JsExpression, BodyLowerer, JsExpression> Named(ISymbol member) => (value, body) => Member(value, member, body);

    /// <summary>A record's instance fields, its base records' first, each read through its property where it backs one.</summary>
    private static IEnumerable<(ISymbol Member, ITypeSymbol Type)> EqualityMembers(ITypeSymbol record)
    {
        var chain = new List<ITypeSymbol>();
        for (var current = record; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType) chain.Insert(0, current);
        foreach (var type in chain)
        {
            foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic && !f.IsConst))
            {
                yield return field.AssociatedSymbol is IPropertySymbol property ? (property, property.Type) : (field, field.Type);
            }
        }
    }

    private static JsExpression Member(JsExpression value, ISymbol member, BodyLowerer body)
    {
        if (member.ContainingType.IsAnonymousType) return MemberAccess.Key(value, member.Name);
        return Referenced(value, member, body);
    }

    private static JsExpression Referenced(JsExpression value, ISymbol member, BodyLowerer body)
    {
        body.Reference(member);
        return MemberAccess.Key(value, body.Semantics.MemberName(member));
    }

}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// <c>==</c>, <c>!=</c>, Equals and GetHashCode of records, tuples and anonymous types, which .NET compares by their
/// members: <c>equals_(a, b, key)</c> compares the values' keys (<see cref="ValueKeys"/>). A record that declares
/// its own Equals is compared by it, as C#'s <c>==</c> does. Tuple <c>==</c> compares element by element with each
/// element's own <c>==</c>, as C# does (so a NaN element is unequal, where Equals finds it equal).
/// </summary>
internal static class ValueEquality
{
    /// <summary><c>a == b</c> (or <c>!=</c>) of two values of a type compared by its members.</summary>
    public static JsExpression Equal(IOperation left, IOperation right, ITypeSymbol type, bool negate, IOperation at, BodyLowerer body)
    {
        JsExpression result;
        if (DeclaredEquals(type) is { } declared)
        {
            var (first, again) = body.Reuse(body.Expression(left), "left");
            var (other, otherAgain) = body.Reuse(body.Expression(right), "right");
            body.Reference(declared);
            // C#: (object)left == right || (left?.Equals(right) ?? false).
            result = new JsBinary("||", new JsBinary("===", first, other),
                new JsBinary("&&", new JsBinary("!=", again, new JsNullLiteral()), new JsCall(new JsMember(again, body.Semantics.MemberName(declared)), new[] { otherAgain })));
        }
        else
        {
            var key = ValueKeys.KeyFunction(type, at.Syntax, body);
            if (key is null) return Sequences.Placeholder;
            result = body.CallHelper("equals_", body.Expression(left), body.Expression(right), key);
        }
        return negate ? new JsUnary("!", result) : result;
    }

    /// <summary>A record's own <c>Equals(R)</c>, in it or a base record, which its <c>==</c> and Equals(object) call.</summary>
    public static IMethodSymbol? DeclaredEquals(ITypeSymbol type)
    {
        if (!type.IsRecord) return null;
        for (var current = type; current is { IsRecord: true }; current = current.BaseType)
        {
            var declared = current.GetMembers("Equals").OfType<IMethodSymbol>()
                .FirstOrDefault(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type.OriginalDefinition, current.OriginalDefinition));
            if (declared is not null) return declared;
        }
        return null;
    }

    /// <summary>
    /// A call of Equals on a value compared by its members. Equals(object) with an argument of another static type
    /// is GAS1026: .NET compares it by its type at run time, which plain data does not keep.
    /// </summary>
    public static JsExpression EqualsCall(IOperation receiver, IOperation argument, IOperation at, BodyLowerer body)
    {
        var type = TypeFacts.Underlying(receiver.Type)!;
        var other = Strings.WithoutImplicitBoxing(argument);
        if (other.Type is not { } otherType || !SameType(type, otherType))
        {
            if (other.ConstantValue is { HasValue: true, Value: null }) return new JsBooleanLiteral(false);
            if (TypeFacts.IsSourceStruct(type) && DeclaredEquals(type) is null && ValueKeys.KeyFunction(type, at.Syntax, body) is { } structKey)
            {
                // A struct is an object of its class, so the boxed value's type is known at run time as .NET checks it.
                var (value, valueAgain) = body.Reuse(body.Expression(other), "other");
                body.Reference(type);
                return new JsBinary("&&", new JsBinary("instanceof", value, MemberAccess.TypeReference(type, body)),
                    body.CallHelper("equals_", body.Expression(receiver), valueAgain, structKey));
            }
            return body.Unsupported(at, DiagnosticDescriptors.ValueEqualityNotSupported, "Equals", other.Type?.ToDisplayString() ?? "null");
        }
        if (DeclaredEquals(type) is { } declared)
        {
            body.Reference(declared);
            return new JsCall(new JsMember(body.Expression(receiver), body.Semantics.MemberName(declared)), new[] { body.Expression(other) });
        }
        var key = ValueKeys.KeyFunction(type, at.Syntax, body);
        if (key is null) return Sequences.Placeholder;
        return body.CallHelper("equals_", body.Expression(receiver), body.Expression(other), key);
    }

    /// <summary>GetHashCode: a hash of the value's key, the same for equal values.</summary>
    public static JsExpression HashCode(IOperation receiver, IOperation at, BodyLowerer body)
    {
        var type = TypeFacts.Underlying(receiver.Type)!;
        if (DeclaredEquals(type) is not null)
        {
            return body.Unsupported(at, DiagnosticDescriptors.ValueKeyNotSupported, type.ToDisplayString(), "it declares its own Equals");
        }
        var key = ValueKeys.KeyOf(body.Expression(receiver), type, at.Syntax, body);
        return key is null ? Sequences.Placeholder : body.CallHelper("hashCode_", key);
    }

    /// <summary>The same type, the names of tuple elements aside.</summary>
    private static bool SameType(ITypeSymbol type, ITypeSymbol other) =>
        SymbolEqualityComparer.Default.Equals(WithoutNames(TypeFacts.Underlying(type)!), WithoutNames(TypeFacts.Underlying(other)!));

    private static ITypeSymbol WithoutNames(ITypeSymbol type) => type is INamedTypeSymbol { IsTupleType: true, TupleUnderlyingType: { } unnamed } ? unnamed : type;

    /// <summary>
    /// Tuple <c>==</c> and <c>!=</c>: each pair of elements by its own equality, left to right, every element
    /// evaluated first as C# does.
    /// </summary>
    public static JsExpression Tuples(ITupleBinaryOperation binary, BodyLowerer body)
    {
        var negate = binary.OperatorKind == BinaryOperatorKind.NotEquals;
        var leftType = TypeFacts.Underlying(binary.LeftOperand.Type);
        var rightType = TypeFacts.Underlying(binary.RightOperand.Type);
        if (leftType is not INamedTypeSymbol { IsTupleType: true } left || rightType is not INamedTypeSymbol { IsTupleType: true } right
            || TypeFacts.IsNullableValueType(binary.LeftOperand.Type) || TypeFacts.IsNullableValueType(binary.RightOperand.Type))
        {
            return body.Unsupported(binary, DiagnosticDescriptors.UnsupportedConstruct, "== of nullable tuples");
        }
        var (leftValue, leftAgain) = body.Reuse(body.Expression(binary.LeftOperand), "left");
        var (rightValue, rightAgain) = body.Reuse(body.Expression(binary.RightOperand), "right");
        var first = new List<JsExpression>();
        if (!ReferenceEquals(leftValue, leftAgain)) first.Add(leftValue);
        if (!ReferenceEquals(rightValue, rightAgain)) first.Add(rightValue);
        var test = Elements(leftAgain, rightAgain, left, right, binary, body);
        if (test is null) return Sequences.Placeholder;
        JsExpression result = negate ? new JsUnary("!", test) : test;
        return first.Count == 0 ? result : new JsSequence(first.Append(result).ToList());
    }

    private static JsExpression? Elements(JsExpression left, JsExpression right, INamedTypeSymbol leftType, INamedTypeSymbol rightType, IOperation at, BodyLowerer body)
    {
        JsExpression? all = null;
        for (var i = 0; i < leftType.TupleElements.Length; i++)
        {
            var a = new JsIndex(left, new JsNumberLiteral(i));
            var b = new JsIndex(right, new JsNumberLiteral(i));
            var aType = leftType.TupleElements[i].Type;
            var bType = rightType.TupleElements[i].Type;
            JsExpression? element;
            if (aType is INamedTypeSymbol { IsTupleType: true } nestedA && bType is INamedTypeSymbol { IsTupleType: true } nestedB)
            {
                element = Elements(a, b, nestedA, nestedB, at, body);
            }
            else if (ValueKeys.ComparesByMembers(aType) || ValueKeys.ComparesByMembers(bType))
            {
                var key = SameType(TypeFacts.Underlying(aType)!, bType) ? ValueKeys.KeyFunction(aType, at.Syntax, body) : null;
                if (key is null && SameType(TypeFacts.Underlying(aType)!, bType)) return null;
                element = key is null ? body.Unsupported(at, DiagnosticDescriptors.ValueEqualityNotSupported, "==", bType.ToDisplayString()) : body.CallHelper("equals_", a, b, key);
            }
            else
            {
                var loose = !TypeFacts.IsNonNullableValueType(aType) && !TypeFacts.IsNonNullableValueType(bType);
                element = new JsBinary(loose ? "==" : "===", a, b);
            }
            if (element is null) return null;
            all = all is null ? element : new JsBinary("&&", all, element);
        }
        return all ?? new JsBooleanLiteral(true);
    }
}

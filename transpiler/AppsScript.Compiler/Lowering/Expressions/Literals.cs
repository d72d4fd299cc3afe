using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>Literals, constants and <c>default</c> values.</summary>
internal static class Literals
{
    /// <summary>The value of <c>default(DateTime)</c>, 0001-01-01T00:00:00Z, as milliseconds since the Unix epoch.</summary>
    public const double DateTimeMinValue = -62135596800000;

    public static JsExpression Literal(ILiteralOperation literal, BodyLowerer body) => Constant(literal, body);

    public static JsExpression Constant(IOperation operation, BodyLowerer body)
    {
        if (TypeFacts.IsUnsupportedNumeric(operation.Type)) return body.Unsupported(operation, DiagnosticDescriptors.NumericTypeNotSupported, operation.Type!.ToDisplayString());
        return FromConstant(operation.ConstantValue.Value);
    }

    public static JsExpression FromConstant(object? value) => value switch
    {
        null => new JsNullLiteral(),
        string s => new JsStringLiteral(s),
        char c => new JsStringLiteral(c.ToString()),
        bool b => new JsBooleanLiteral(b),
        int i => new JsNumberLiteral(i),
        long l => new JsNumberLiteral(l),
        short s => new JsNumberLiteral(s),
        ushort s => new JsNumberLiteral(s),
        byte b => new JsNumberLiteral(b),
        sbyte b => new JsNumberLiteral(b),
        double d => new JsNumberLiteral(d),
        _ => throw new InvalidOperationException($"No JavaScript literal for a constant of type {value.GetType().Name}."),
    };

    /// <summary>The C# default value of a type: null, 0, false, "\0", or the default of a supported struct.</summary>
    public static JsExpression DefaultOf(ITypeSymbol? type, IOperation at, BodyLowerer body) => DefaultOf(type, at.Syntax, body);

    public static JsExpression DefaultOf(ITypeSymbol? type, SyntaxNode? at, BodyLowerer body)
    {
        if (type is ITypeParameterSymbol parameter && TypeParameterDefaults.HasValueDefault(parameter))
        {
            return body.Context.TypeDefaults.Of(parameter, body) ?? body.UnsupportedAt(at, DiagnosticDescriptors.GenericTypeParameterUse, $"default({type.Name})");
        }
        if (TypeFacts.IsUnsupportedNumeric(type)) return body.UnsupportedAt(at, DiagnosticDescriptors.NumericTypeNotSupported, type!.ToDisplayString());
        if (type is INamedTypeSymbol { IsTupleType: true } tuple) return new JsArrayLiteral(tuple.TupleElements.Select(e => DefaultOf(e.Type, at, body)).ToList());
        if (TypeFacts.IsKeyValuePair(type)) return new JsArrayLiteral(((INamedTypeSymbol)type!).TypeArguments.Select(t => DefaultOf(t, at, body)).ToList());
        if (TypeFacts.IsSourceStruct(type) && !TypeFacts.IsNullableValueType(type))
        {
            body.Reference(type!);
            return new JsNew(MemberAccess.TypeReference(type!, body), new List<JsExpression>());
        }
        return DefaultConstant(type)
            ?? body.UnsupportedAt(at, DiagnosticDescriptors.UnsupportedConstruct, $"the default value of '{type!.ToDisplayString()}'");
    }

    /// <summary>The default of a type that is a plain constant, or null for a type whose default is not one.</summary>
    public static JsExpression? DefaultConstant(ITypeSymbol? type)
    {
        if (type is null || type.IsReferenceType || TypeFacts.IsNullableValueType(type) || type is ITypeParameterSymbol) return new JsNullLiteral();
        if (TypeFacts.IsBool(type)) return new JsBooleanLiteral(false);
        if (TypeFacts.IsChar(type)) return new JsStringLiteral("\0");
        if (TypeFacts.IsNumeric(type) || type.TypeKind == TypeKind.Enum || TypeFacts.IsTimeSpan(type)) return new JsNumberLiteral(0);
        if (TypeFacts.IsDateTime(type) || TypeFacts.IsDateTimeOffset(type)) return new JsNumberLiteral(DateTimeMinValue);
        return null;
    }
}

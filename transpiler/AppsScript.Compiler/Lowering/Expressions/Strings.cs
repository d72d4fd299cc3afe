using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The string .NET makes of a value where C# converts implicitly: string interpolation, <c>+</c> with a
/// string, <c>Console.WriteLine</c>. null is "", a bool is "True" or "False", a double is printed as .NET
/// prints it, an enum by its member name, an object by its own ToString.
/// </summary>
internal static class Strings
{
    /// <summary>A string-valued JS expression for the value's .NET string.</summary>
    public static JsExpression Display(IOperation operation, BodyLowerer body) => Convert(operation, null, coerced: false, body);

    /// <summary>
    /// The value's .NET string for a place where JavaScript converts to string itself (a template literal or a
    /// concatenation with a string), so numbers and objects with toString may stay as they are.
    /// </summary>
    public static JsExpression Piece(IOperation operation, BodyLowerer body) => Convert(operation, null, coerced: true, body);

    public static JsExpression Interpolated(IInterpolatedStringOperation interpolated, BodyLowerer body) => Template(interpolated.Parts, body);

    /// <summary>
    /// An interpolated string passed to an interpolated string handler (<c>StringBuilder.Append($"...")</c>):
    /// the text it appends, built as the plain interpolated string would be.
    /// </summary>
    public static JsExpression HandlerText(IInterpolatedStringHandlerCreationOperation creation, BodyLowerer body) => creation.Content switch
    {
        IInterpolatedStringOperation content => Template(content.Parts, body),
        _ => body.Unsupported(creation, DiagnosticDescriptors.UnsupportedConstruct, "an interpolated string handler over added interpolated strings"),
    };

    private static JsExpression Template(IEnumerable<IOperation> parts, BodyLowerer body)
    {
        var quasis = new List<string> { "" };
        var expressions = new List<JsExpression>();
        foreach (var part in parts)
        {
            if (TextOf(part) is { } text)
            {
                quasis[^1] += text;
                continue;
            }
            if (!TryHole(part, out var value, out var format, out var alignment))
            {
                return body.Unsupported(part, DiagnosticDescriptors.UnsupportedConstruct, "this interpolated string part");
            }
            var piece = Convert(value, format, coerced: alignment is null, body);
            if (alignment is { } width) piece = Align(piece, width);
            if (piece is JsStringLiteral literal)
            {
                quasis[^1] += literal.Value;
                continue;
            }
            expressions.Add(piece);
            quasis.Add("");
        }
        return expressions.Count == 0 ? new JsStringLiteral(quasis[0]) : new JsTemplateLiteral(quasis, expressions);
    }

    /// <summary>The literal text of a part, or null for a hole.</summary>
    private static string? TextOf(IOperation part) => part switch
    {
        IInterpolatedStringTextOperation text => (string?)text.Text.ConstantValue.Value ?? "",
        IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendLiteral, AppendCall: IInvocationOperation call } =>
            (string?)call.Arguments[0].Value.ConstantValue.Value ?? "",
        _ => null,
    };

    /// <summary>A hole <c>{value,alignment:format}</c>, from interpolation syntax or from a handler's AppendFormatted call.</summary>
    private static bool TryHole(IOperation part, out IOperation value, out string? format, out int? alignment)
    {
        switch (part)
        {
            case IInterpolationOperation interpolation:
                value = interpolation.Expression;
                format = interpolation.FormatString?.ConstantValue.Value as string;
                alignment = interpolation.Alignment?.ConstantValue.Value as int?;
                return true;
            case IInterpolatedStringAppendOperation { Kind: OperationKind.InterpolatedStringAppendFormatted, AppendCall: IInvocationOperation call }:
                IOperation? Named(string name) => call.Arguments.FirstOrDefault(a => a.Parameter?.Name == name && a.ArgumentKind != ArgumentKind.DefaultValue)?.Value;
                value = Named("value")!;
                format = Named("format")?.ConstantValue.Value as string;
                alignment = Named("alignment")?.ConstantValue.Value as int?;
                return value is not null;
            default:
                value = part;
                format = null;
                alignment = null;
                return false;
        }
    }

    /// <summary><c>{value,width}</c>: right-aligned for a positive width, left-aligned for a negative one.</summary>
    public static JsExpression Align(JsExpression text, int width) => text is JsStringLiteral literal
        ? new JsStringLiteral(width < 0 ? literal.Value.PadRight(-width) : literal.Value.PadLeft(width))
        : new JsCall(new JsMember(text, width < 0 ? "padEnd" : "padStart"), new JsExpression[] { new JsNumberLiteral(Math.Abs(width)) });

    public static JsExpression Convert(IOperation operation, string? format, bool coerced, BodyLowerer body)
    {
        operation = WithoutImplicitBoxing(operation);
        var type = operation.Type;
        if (TypeFacts.IsDateTimeOffset(type))
        {
            if (!Replacements.DateTimeOffsetReplacements.HasZeroOffset(operation))
            {
                return body.Unsupported(operation, DiagnosticDescriptors.EnvironmentDependent, "the string of a DateTimeOffset", Replacements.DateTimeOffsetReplacements.OffsetHint);
            }
            if (format is null) return body.CallHelper("formatDateTime_", body.Expression(operation), new JsNullLiteral(), new JsBooleanLiteral(true));
        }
        if (format is not null) return Formats.Apply(operation, format, body);
        if (TypeFacts.Underlying(type) is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType) return EnumDisplay.Of(operation, enumType, body);
        // A program's own string constant keeps its name, which reads better than its folded value.
        if (operation is IFieldReferenceOperation { Field.IsConst: true } named && TypeFacts.IsString(type) && body.Semantics.IsInSource(named.Field))
        {
            return body.Expression(operation);
        }
        if (operation.ConstantValue.HasValue && DisplayConstant(operation.ConstantValue.Value) is { } constantText) return new JsStringLiteral(constantText);
        var value = body.Expression(operation);
        if (type is null) return value;
        return OfValue(value, type, body.IsKnownNotNull(operation), coerced, operation.Syntax, body);
    }

    /// <summary>
    /// The .NET string of an already lowered value of the given type (an element of a joined sequence, say);
    /// coerced when JavaScript converts the result to string itself.
    /// </summary>
    public static JsExpression OfValue(JsExpression value, ITypeSymbol type, bool notNull, bool coerced, SyntaxNode? at, BodyLowerer body)
    {
        var underlying = TypeFacts.Underlying(type);
        if (TypeFacts.IsString(type) || TypeFacts.IsChar(type)) return notNull ? value : OrEmpty(value);
        if (TypeFacts.IsBool(type)) return NullableDisplay(value, notNull, v => new JsConditional(v, new JsStringLiteral("True"), new JsStringLiteral("False")), body);
        if (TypeFacts.IsIntegral(type))
        {
            if (notNull) return coerced ? value : new JsCall(new JsIdentifier("String"), new[] { value });
            return coerced ? OrEmpty(value) : new JsCall(new JsIdentifier("String"), new[] { OrEmpty(value) });
        }
        if (TypeFacts.IsFloating(type)) return body.CallHelper("formatDouble_", value);
        if (underlying is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType) return EnumDisplay.OfValue(value, enumType, at, body);
        if (TypeFacts.IsDateTime(type)) return body.CallHelper("formatDateTime_", value, new JsNullLiteral());
        if (TypeFacts.IsTimeSpan(type)) return body.CallHelper("formatTimeSpan_", value);
        if (TypeFacts.IsUnsupportedNumeric(type)) return body.UnsupportedAt(at, DiagnosticDescriptors.NumericTypeNotSupported, type.ToDisplayString());
        if (ValueStrings.TryOf(value, type, notNull, at, body) is { } members) return members;
        if (type.SpecialType == SpecialType.System_Object || type.TypeKind is TypeKind.TypeParameter or TypeKind.Interface)
        {
            if (body.Context.BoxedValues.Printed is { } seen)
            {
                return body.UnsupportedAt(at, DiagnosticDescriptors.NoToStringOverride, type.ToDisplayString(),
                    $"the members of a {seen.Type.ToDisplayString()} it may hold (seen as {type.ToDisplayString()} at {Analysis.BoxedNumbers.Where(seen.Where)})");
            }
            return body.CallHelper("toDisplayString_", value);
        }
        // A nullable struct prints as its value does, or as "" for null.
        if (TypeFacts.IsSourceStruct(type)) type = underlying!;
        if (HasOwnToString(type, body.Semantics) || FullNames.Is(type, "System.Text.StringBuilder"))
        {
            if (notNull) return coerced ? value : new JsCall(new JsMember(value, "toString"), Array.Empty<JsExpression>());
            return OrEmpty(new JsCall(new JsMember(value, "toString", Optional: true), Array.Empty<JsExpression>()));
        }
        if (DotNetTypeNames.PrintedName(type, body.Semantics) is { } name)
        {
            return notNull ? new JsStringLiteral(name) : new JsConditional(new JsBinary("==", value, new JsNullLiteral()), new JsStringLiteral(""), new JsStringLiteral(name));
        }
        return body.UnsupportedAt(at, DiagnosticDescriptors.NoToStringOverride, type.ToDisplayString(), WhatDotNetPrints(type, body.Semantics));
    }

    /// <summary>What .NET prints for a value the compiler cannot print, for GAS1021's message.</summary>
    private static string WhatDotNetPrints(ITypeSymbol type, ScriptSemantics semantics)
    {
        if (TypeFacts.IsKeyValuePair(type)) return "'[key, value]'";
        if (semantics.HasDerivedTypes(type)) return "the name of the value's own class at run time";
        return $"its type's name, '{type.ToDisplayString()}'";
    }

    /// <summary><c>value ?? ""</c>; a literal needs none, and a <c>x ?? null</c> (a member JSON may omit) takes "" in place of its null.</summary>
    private static JsExpression OrEmpty(JsExpression value) => value switch
    {
        JsStringLiteral => value,
        JsBinary { Operator: "??", Right: JsNullLiteral } coalesce => coalesce with { Right = new JsStringLiteral("") },
        _ => new JsBinary("??", value, new JsStringLiteral("")),
    };

    private static JsExpression NullableDisplay(JsExpression value, bool notNull, Func<JsExpression, JsExpression> display, BodyLowerer body)
    {
        if (notNull) return display(value);
        var (first, again) = body.Reuse(value, "value");
        return new JsConditional(new JsBinary("==", first, new JsNullLiteral()), new JsStringLiteral(""), display(again));
    }

    /// <summary>Interpolation and <c>+</c> box a value to object; the string depends on the value's own type.</summary>
    public static IOperation WithoutImplicitBoxing(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion
               && conversion.Type is { SpecialType: SpecialType.System_Object or SpecialType.System_ValueType } or { TypeKind: TypeKind.Interface }
               && conversion.Operand.Type is not null)
        {
            operation = conversion.Operand;
        }
        return operation;
    }

    /// <summary>The .NET string of a compile-time constant, so that it can be emitted as text.</summary>
    public static string? DisplayConstant(object? value) => value switch
    {
        null => "",
        string s => s,
        char c => c.ToString(),
        bool b => b ? "True" : "False",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>True for a class of the program that overrides ToString itself or through a base class of the program.</summary>
    public static bool HasOwnToString(ITypeSymbol type, ScriptSemantics semantics)
    {
        if (semantics.ShapeOf(type) != TypeShape.Class) return false;
        for (var current = type; current is not null && semantics.IsInSource(current); current = current.BaseType)
        {
            if (current.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => m.IsOverride && m.Parameters.Length == 0 && !m.IsImplicitlyDeclared)) return true;
            if (ValueStrings.HasSynthesizedToString(current)) return true;
        }
        return false;
    }
}

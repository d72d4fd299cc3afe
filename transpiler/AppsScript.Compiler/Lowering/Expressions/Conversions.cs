using System;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Conversions. Most are free in JavaScript (widening, boxing, upcasts, enums to numbers); the rest keep
/// C#'s result: a double cast to an integer truncates, a narrowing integer cast wraps, a char is a
/// one-unit string with a code, a downcast to a class is checked, and a set, dictionary or string used
/// as a sequence becomes an array.
/// </summary>
internal static class Conversions
{
    public static JsExpression Lower(IConversionOperation conversion, BodyLowerer body)
    {
        var operand = conversion.Operand;
        var from = operand.Type;
        var to = conversion.Type;
        if (conversion.OperatorMethod is { } method) return UserDefined(conversion, method, body);
        if (TypeFacts.IsUnsupportedNumeric(to) || TypeFacts.IsUnsupportedNumeric(from))
        {
            return body.Unsupported(conversion, DiagnosticDescriptors.NumericTypeNotSupported, (TypeFacts.IsUnsupportedNumeric(to) ? to : from)!.ToDisplayString());
        }
        if (from is null || to is null) return body.Expression(operand);
        if (TypeFacts.IsNullableValueType(from) && TypeFacts.IsNonNullableValueType(to)) return FromNullable(conversion, body);
        if (IsTimeValue(from) && !to.IsValueType)
        {
            return body.Unsupported(conversion, DiagnosticDescriptors.UnsupportedConstruct,
                $"converting a {TypeFacts.Underlying(from)!.Name} to '{to.ToDisplayString()}' (it is a number in JavaScript, and would print and serialise as one)");
        }
        if (TypeFacts.IsChar(from) && TypeFacts.IsNumeric(to)) return CharCode(body.Expression(operand));
        if (TypeFacts.IsNumeric(from) && TypeFacts.IsChar(to)) return new JsCall(new JsMember(new JsIdentifier("String"), "fromCharCode"), new[] { body.Expression(operand) });
        if (TypeFacts.IsNumeric(from) && TypeFacts.IsNumeric(to)) return Numeric(body.Expression(operand), from, to);
        if (conversion.IsTryCast) return TryCast(conversion, body);
        var collection = Collection(conversion, body);
        if (collection is not null) return collection;
        if (!conversion.IsImplicit && conversion.GetConversion() is { IsReference: true } or { IsUnboxing: true }) return Downcast(conversion, body);
        return body.Expression(operand);
    }

    private static JsExpression UserDefined(IConversionOperation conversion, IMethodSymbol method, BodyLowerer body)
    {
        if (body.Semantics.ShapeOf(method.ContainingType) != TypeShape.Library) return body.Unsupported(conversion, DiagnosticDescriptors.OperatorDeclarationNotSupported);
        var call = new BclCall(conversion, method, null, new[] { conversion.Operand }, body);
        if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
        return body.Unsupported(conversion, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
    }

    /// <summary>DateTime, DateTimeOffset and TimeSpan, numbers at run time, which only their static type tells apart.</summary>
    private static bool IsTimeValue(ITypeSymbol type) => TypeFacts.IsDateTime(type) || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type);

    /// <summary>(T)x of a T? x throws for a missing value as x.Value does, then converts the value.</summary>
    private static JsExpression FromNullable(IConversionOperation conversion, BodyLowerer body)
    {
        var value = NullableReplacements.Value(conversion.Operand, body);
        var from = TypeFacts.Underlying(conversion.Operand.Type)!;
        return TypeFacts.IsNumeric(from) && TypeFacts.IsNumeric(conversion.Type) ? Numeric(value, from, conversion.Type!) : value;
    }

    public static JsExpression CharCode(JsExpression value) => new JsCall(new JsMember(value, "charCodeAt"), new JsExpression[] { new JsNumberLiteral(0) });

    /// <summary>A numeric conversion: truncation from double to an integer, wrapping when an integer narrows.</summary>
    public static JsExpression Numeric(JsExpression value, ITypeSymbol from, ITypeSymbol to)
    {
        var target = TypeFacts.Underlying(to)!.SpecialType;
        var source = TypeFacts.Underlying(from)!.SpecialType;
        if (target == SpecialType.System_Double || target == source) return value;
        if (source == SpecialType.System_Double) value = BinaryOperators.Truncate(value);
        return target switch
        {
            SpecialType.System_Int32 when source is SpecialType.System_Int64 or SpecialType.System_Double => new JsBinary("|", value, new JsNumberLiteral(0)),
            SpecialType.System_Int16 => SignWrap(value, 16),
            SpecialType.System_SByte => SignWrap(value, 24),
            SpecialType.System_UInt16 => new JsBinary("&", value, new JsNumberLiteral(0xffff)),
            SpecialType.System_Byte => new JsBinary("&", value, new JsNumberLiteral(0xff)),
            _ => value,
        };
    }

    private static JsExpression SignWrap(JsExpression value, int shift) =>
        new JsBinary(">>", new JsBinary("<<", value, new JsNumberLiteral(shift)), new JsNumberLiteral(shift));

    /// <summary>A collection used as another kind of collection, or null when no change of representation is needed.</summary>
    private static JsExpression? Collection(IConversionOperation conversion, BodyLowerer body)
    {
        var from = TypeFacts.CollectionOf(conversion.Operand.Type);
        var to = TypeFacts.CollectionOf(conversion.Type);
        if (from == RuntimeCollection.None || to == RuntimeCollection.None || from == to) return null;
        if (to != RuntimeCollection.Array || !IsReadOnlyView(conversion.Type!))
        {
            return body.Unsupported(conversion, DiagnosticDescriptors.CollectionViewNotSupported, conversion.Operand.Type!.ToDisplayString(), conversion.Type!.ToDisplayString());
        }
        return AsArray(conversion.Operand, body);
    }

    private static bool IsReadOnlyView(ITypeSymbol type) => type.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.IEnumerable<T>"
        or "System.Collections.Generic.IReadOnlyCollection<T>" or "System.Collections.Generic.IReadOnlyList<T>";

    /// <summary>
    /// The operand as a JS array: a set's elements, a dictionary's [key, value] entries, a string's UTF-16 units.
    /// A copy, taken now: the eager stand-in for a .NET enumeration.
    /// </summary>
    public static JsExpression AsArray(IOperation operand, BodyLowerer body)
    {
        var value = body.Expression(operand);
        return TypeFacts.CollectionOf(operand.Type) switch
        {
            RuntimeCollection.Set => new JsArrayLiteral(new JsExpression[] { new JsSpread(value) }),
            RuntimeCollection.Dictionary => new JsCall(new JsMember(new JsIdentifier("Object"), "entries"), new[] { value }),
            RuntimeCollection.String => new JsCall(new JsMember(value, "split"), new JsExpression[] { new JsStringLiteral("") }),
            _ => value,
        };
    }

    /// <summary><c>x as T</c>: the value when it is a T, else null; a type JavaScript cannot test is an error.</summary>
    private static JsExpression TryCast(IConversionOperation conversion, BodyLowerer body)
    {
        var (first, again) = body.Reuse(body.Expression(conversion.Operand), "value");
        var test = Patterns.RuntimeTypeTest(first, conversion.Type!, conversion, body);
        return test is null ? first : new JsConditional(test, again, new JsNullLiteral());
    }

    /// <summary>
    /// An explicit downcast. To a class, a string or a bool it is checked and throws InvalidCastException as
    /// in .NET; to what JavaScript cannot tell apart (plain data, interfaces, numbers) it is an unchecked assertion.
    /// </summary>
    private static JsExpression Downcast(IConversionOperation conversion, BodyLowerer body)
    {
        var value = body.Expression(conversion.Operand);
        var test = Patterns.TypeTestArgument(conversion.Type!, body);
        return test is null ? value : body.CallHelper("cast_", value, test);
    }
}

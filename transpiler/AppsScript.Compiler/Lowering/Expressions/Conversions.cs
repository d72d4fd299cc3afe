using System;
using System.Linq;
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
/// C#'s result: a double cast to an integer truncates and saturates, a narrowing integer cast wraps (or throws
/// when checked), a char is a
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
        if (UserDefinedOperators.IsDeclared(conversion.OperatorMethod, body)) return UserDefinedOperators.Conversion(conversion, conversion.OperatorMethod!, body);
        if (conversion.OperatorMethod is { } method) return LibraryConversion(conversion, method, body);
        if (TypeFacts.IsUnsupportedNumeric(to) || TypeFacts.IsUnsupportedNumeric(from))
        {
            return body.Unsupported(conversion, DiagnosticDescriptors.NumericTypeNotSupported, (TypeFacts.IsUnsupportedNumeric(to) ? to : from)!.ToDisplayString());
        }
        if (from is null || to is null) return body.Expression(operand);
        if (TypeFacts.IsNullableValueType(from) && TypeFacts.IsNonNullableValueType(to)) return FromNullable(conversion, body);
        if (IsNumberOnlyByType(from) && !to.IsValueType)
        {
            return body.Unsupported(conversion, DiagnosticDescriptors.UnsupportedConstruct,
                $"converting a {TypeFacts.Underlying(from)!.Name} to '{to.ToDisplayString()}' (it is a number in JavaScript, and would print and serialise as one)");
        }
        if (TypeFacts.IsChar(from) && TypeFacts.IsNumeric(to)) return CharCode(body.Expression(operand));
        if (TypeFacts.IsNumeric(from) && TypeFacts.IsChar(to)) return new JsCall(new JsMember(new JsIdentifier("String"), "fromCharCode"), new[] { body.Expression(operand) });
        if (TypeFacts.IsNumeric(from) && TypeFacts.IsNumeric(to)) return Numeric(body.Expression(operand), from, to, Overflow.Of(conversion, conversion.IsChecked), body);
        if (conversion.IsTryCast) return TryCast(conversion, body);
        var collection = Collection(conversion, body);
        if (collection is not null) return collection;
        if (!conversion.IsImplicit && conversion.GetConversion() is { IsReference: true } or { IsUnboxing: true }) return Downcast(conversion, body);
        return body.Expression(operand);
    }

    private static JsExpression LibraryConversion(IConversionOperation conversion, IMethodSymbol method, BodyLowerer body)
    {
        var call = new BclCall(conversion, method, null, new[] { conversion.Operand }, body);
        if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
        return body.Unsupported(conversion, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
    }

    /// <summary>
    /// DateTime, DateTimeOffset, TimeSpan and enums: numbers at run time, which print and serialise as .NET
    /// does only while their static type is known.
    /// </summary>
    private static bool IsNumberOnlyByType(ITypeSymbol type) =>
        TypeFacts.IsDateTime(type) || TypeFacts.IsDateTimeOffset(type) || TypeFacts.IsTimeSpan(type) || TypeFacts.IsEnum(type);

    /// <summary>(T)x of a T? x throws for a missing value as x.Value does, then converts the value.</summary>
    private static JsExpression FromNullable(IConversionOperation conversion, BodyLowerer body)
    {
        var value = NullableReplacements.Value(conversion.Operand, body);
        var from = TypeFacts.Underlying(conversion.Operand.Type)!;
        return TypeFacts.IsNumeric(from) && TypeFacts.IsNumeric(conversion.Type) ? Numeric(value, from, conversion.Type!, Overflow.Of(conversion, conversion.IsChecked), body) : value;
    }

    public static JsExpression CharCode(JsExpression value) => new JsCall(new JsMember(value, "charCodeAt"), new JsExpression[] { new JsNumberLiteral(0) });

    /// <summary>
    /// A numeric conversion as .NET 9 and later make it. From a double: toward zero, NaN to 0, held at the target's
    /// bounds for int and long (an 8- or 16-bit target takes the low bits of that int). Between integers: the low
    /// bits, so a narrowing cast wraps. In a checked context a value outside the target's range throws OverflowException.
    /// </summary>
    public static JsExpression Numeric(JsExpression value, ITypeSymbol from, ITypeSymbol to, OverflowContext context, BodyLowerer body)
    {
        var target = TypeFacts.Underlying(to)!.SpecialType;
        var source = TypeFacts.Underlying(from)!.SpecialType;
        if (target == SpecialType.System_Double || target == source) return value;
        var fromDouble = source == SpecialType.System_Double;
        var (min, max) = RangeOf(target);
        if (context == OverflowContext.Checked)
        {
            var (sourceMin, sourceMax) = fromDouble ? (double.NegativeInfinity, double.PositiveInfinity) : RangeOf(source);
            if (sourceMin >= min && sourceMax <= max) return value;
            return Overflow.CheckedIn(fromDouble ? BinaryOperators.Truncate(value) : value, min, max, body);
        }
        if (fromDouble) value = body.CallHelper(target == SpecialType.System_Int64 ? "toInt64_" : "toInt32_", value);
        return target switch
        {
            SpecialType.System_Int32 when source is SpecialType.System_Int64 => Overflow.Wrap(value),
            SpecialType.System_Int16 => SignWrap(value, 16),
            SpecialType.System_SByte => SignWrap(value, 24),
            SpecialType.System_UInt16 => new JsBinary("&", value, new JsNumberLiteral(0xffff)),
            SpecialType.System_Byte => new JsBinary("&", value, new JsNumberLiteral(0xff)),
            _ => value,
        };
    }

    private static (double Min, double Max) RangeOf(SpecialType type) => type switch
    {
        SpecialType.System_Int64 => (Overflow.Int64Min, Overflow.Int64Max),
        SpecialType.System_Int32 => (Overflow.Int32Min, Overflow.Int32Max),
        SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
        SpecialType.System_UInt16 => (ushort.MinValue, ushort.MaxValue),
        SpecialType.System_SByte => (sbyte.MinValue, sbyte.MaxValue),
        SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };

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
    /// The operand as a JS array: a set's elements, a dictionary's [key, value] entries (a KeyedMap_ spreads into them), a string's UTF-16 units.
    /// A copy, taken now: the eager stand-in for a .NET enumeration.
    /// </summary>
    /// <remarks>An iterator's sequence is enumerated into an array here, at the moment the caller reads it whole.</remarks>
    public static JsExpression AsArray(IOperation operand, BodyLowerer body)
    {
        var value = body.Expression(operand);
        return TypeFacts.CollectionOf(operand.Type) switch
        {
            RuntimeCollection.Set or RuntimeCollection.Map => new JsArrayLiteral(new JsExpression[] { new JsSpread(value) }),
            RuntimeCollection.Dictionary => new JsCall(new JsMember(new JsIdentifier("Object"), "entries"), new[] { value }),
            RuntimeCollection.String => new JsCall(new JsMember(value, "split"), new JsExpression[] { new JsStringLiteral("") }),
            _ when LazySequences.MayBeLazy(operand, body) => new JsArrayLiteral(new JsExpression[] { new JsSpread(value) }),
            _ => value,
        };
    }

    /// <summary><c>x as T</c>: the value when it is a T, else null; a type JavaScript cannot test is an error.</summary>
    private static JsExpression TryCast(IConversionOperation conversion, BodyLowerer body)
    {
        var (first, again) = body.Reuse(body.Expression(conversion.Operand), "value");
        var test = Patterns.RuntimeTypeTest(first, conversion.Type!, conversion, body, conversion.Operand.Type);
        return test is null ? first : new JsConditional(test, again, new JsNullLiteral());
    }

    /// <summary>
    /// An explicit downcast. To a class, a string or a bool it is checked and throws InvalidCastException as
    /// in .NET, with .NET's message (CastMessages); to what JavaScript cannot tell apart (plain data, interfaces, numbers) it is an unchecked assertion.
    /// </summary>
    private static JsExpression Downcast(IConversionOperation conversion, BodyLowerer body)
    {
        var value = body.Expression(conversion.Operand);
        if (Patterns.BoxedCharMayPass(conversion.Type!, conversion, body, conversion.Operand.Type)) return value;
        var test = Patterns.TypeTestArgument(conversion.Type!, body);
        return test is null ? value : body.CallHelper("cast_", new[] { value, test }.Concat(CastMessages.Arguments(CastMessages.Widened(conversion.Operand).Type, conversion.Type!, body)).ToArray());
    }
}

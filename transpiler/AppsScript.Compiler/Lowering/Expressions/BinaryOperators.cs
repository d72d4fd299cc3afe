using System;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Binary operators with C# semantics: integer division truncates and throws on zero, no integer result is -0, <c>+</c> with a
/// string formats the other side as .NET does, lifted nullable operators propagate null, and equality is
/// loose exactly where both sides may be null (so JSON's missing keys, undefined, equal null).
/// </summary>
internal static class BinaryOperators
{
    public static JsExpression Lower(IBinaryOperation binary, BodyLowerer body)
    {
        if (UserDefinedOperators.IsDeclared(binary.OperatorMethod, body)) return UserDefinedOperators.Binary(binary, binary.OperatorMethod!, body);
        // x == null needs no operator: a record's value equality included, it is a null test.
        if (binary.OperatorMethod is { } method && !IsBuiltInStringEquality(method) && !IsNullConstant(binary.LeftOperand) && !IsNullConstant(binary.RightOperand))
        {
            // DateTime? < DateTime? and the like: the library operator, lifted as a built-in one is.
            if (binary.IsLifted && binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                && body.Semantics.ShapeOf(method.ContainingType) == TypeShape.Library) return Lifted(binary, body);
            return LibraryOrRecordOperator(binary, method, body);
        }
        if (TypeFacts.IsUnsupportedNumeric(binary.LeftOperand.Type) || TypeFacts.IsUnsupportedNumeric(binary.RightOperand.Type))
        {
            return body.Unsupported(binary, DiagnosticDescriptors.NumericTypeNotSupported, (TypeFacts.IsUnsupportedNumeric(binary.LeftOperand.Type) ? binary.LeftOperand : binary.RightOperand).Type!.ToDisplayString());
        }
        if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals) return Equality(binary, body);
        if (TypeFacts.IsTuple(binary.LeftOperand.Type)) return body.Unsupported(binary, DiagnosticDescriptors.ValueEqualityNotSupported, "==", binary.LeftOperand.Type!.ToDisplayString());
        if (binary.OperatorKind == BinaryOperatorKind.Add && TypeFacts.IsString(binary.Type)) return Concatenation(binary, body);
        if (binary.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract && Delegates.IsDelegate(binary.Type))
        {
            return Delegates.Combine(binary.OperatorKind == BinaryOperatorKind.Add, body.Expression(binary.LeftOperand), body.Expression(binary.RightOperand), body);
        }
        if (binary.IsLifted) return Lifted(binary, body);
        return Arithmetic(binary.OperatorKind, body.Expression(binary.LeftOperand), body.Expression(binary.RightOperand), binary.LeftOperand.Type, binary.RightOperand, binary, body);
    }

    private static bool IsBuiltInStringEquality(IMethodSymbol method) =>
        method.ContainingType.SpecialType == SpecialType.System_String && method.Name is "op_Equality" or "op_Inequality";

    private static JsExpression LibraryOrRecordOperator(IBinaryOperation binary, IMethodSymbol method, BodyLowerer body)
    {
        if (body.Semantics.ShapeOf(method.ContainingType) == TypeShape.Library)
        {
            var call = new BclCall(binary, method, null, new[] { binary.LeftOperand, binary.RightOperand }, body);
            if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
            return body.Unsupported(binary, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
        }
        if (method.ContainingType.IsRecord && method.IsImplicitlyDeclared)
        {
            return ValueEquality.Equal(binary.LeftOperand, binary.RightOperand, method.ContainingType, binary.OperatorKind == BinaryOperatorKind.NotEquals, binary, body);
        }
        return body.Unsupported(binary, DiagnosticDescriptors.UnsupportedConstruct, $"the operator '{method.ToDisplayString()}'");
    }

    /// <summary><c>===</c> when either side is never null; <c>==</c> when both may be, so null and undefined compare equal.</summary>
    public static JsExpression Equality(IBinaryOperation binary, BodyLowerer body)
    {
        var negate = binary.OperatorKind == BinaryOperatorKind.NotEquals;
        var left = binary.LeftOperand;
        var right = binary.RightOperand;
        if (IsNullConstant(left)) (left, right) = (right, left);
        if (IsNullConstant(right)) return new JsBinary(negate ? "!=" : "==", body.Expression(left), new JsNullLiteral());
        // .NET compares delegates by target and method (a method group's are new delegates, a lambda's may be one cached), JavaScript functions by reference.
        if (Delegates.IsDelegate(left.Type) || Delegates.IsDelegate(right.Type))
        {
            return body.Unsupported(binary, DiagnosticDescriptors.UnsupportedConstruct,
                $"comparing delegates ('{(Delegates.IsDelegate(left.Type) ? left : right).Type!.ToDisplayString()}') by '{(negate ? "!=" : "==")}', which .NET does by target and method, and by invocation list,");
        }
        var loose = CanBeNullish(left) && CanBeNullish(right);
        var op = (loose, negate) switch
        {
            (true, false) => "==",
            (true, true) => "!=",
            (false, false) => "===",
            (false, true) => "!==",
        };
        return new JsBinary(op, body.Expression(binary.LeftOperand), body.Expression(binary.RightOperand));
    }

    private static bool IsNullConstant(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: null } || Strings.WithoutImplicitBoxing(operation) is IDefaultValueOperation { Type.IsReferenceType: true };

    private static bool CanBeNullish(IOperation operation) =>
        !TypeFacts.IsNonNullableValueType(operation.Type) && operation.ConstantValue is not { HasValue: true, Value: not null };

    private static JsExpression Concatenation(IBinaryOperation binary, BodyLowerer body) =>
        new JsBinary("+", ConcatOperand(binary.LeftOperand, body), ConcatOperand(binary.RightOperand, body));

    private static JsExpression ConcatOperand(IOperation operand, BodyLowerer body)
    {
        // A nested concatenation is already a string: keep the chain flat, as written.
        if (Strings.WithoutImplicitBoxing(operand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } inner && TypeFacts.IsString(inner.Type))
        {
            return Lower(inner, body);
        }
        return Strings.Piece(operand, body);
    }

    /// <summary>A bitwise or shift operator on long: JavaScript's work on 32 bits, so a helper computes it on 64 (as BigInts).</summary>
    public static bool IsLongBitwise(BinaryOperatorKind kind, ITypeSymbol? leftType, ITypeSymbol? rightType) =>
        (TypeFacts.IsLong(leftType) || TypeFacts.IsLong(rightType)) && kind is BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr
            or BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift;

    /// <summary>An arithmetic, logical, shift or relational operator on already lowered operands.</summary>
    public static JsExpression Arithmetic(BinaryOperatorKind kind, JsExpression left, JsExpression right, ITypeSymbol? leftType, IOperation rightOperand, IOperation at, BodyLowerer body)
    {
        var integral = TypeFacts.IsIntegral(leftType) && TypeFacts.IsIntegral(rightOperand.Type);
        var boolean = TypeFacts.IsBool(leftType);
        if (IsLongBitwise(kind, leftType, rightOperand.Type))
        {
            return body.CallHelper("bitwiseLong_", left, new JsStringLiteral(kind switch
            {
                BinaryOperatorKind.And => "&",
                BinaryOperatorKind.Or => "|",
                BinaryOperatorKind.ExclusiveOr => "^",
                BinaryOperatorKind.LeftShift => "<<",
                BinaryOperatorKind.RightShift => ">>",
                _ => ">>>",
            }), right);
        }
        if (integral && Overflow.CanOverflow(kind))
        {
            var exact = new JsBinary(kind switch { BinaryOperatorKind.Add => "+", BinaryOperatorKind.Subtract => "-", _ => "*" }, left, right);
            var isLong = TypeFacts.IsLong(leftType) || TypeFacts.IsLong(rightOperand.Type);
            var context = Overflow.Of(at, IsChecked(at));
            var result = Overflow.Arithmetic(kind, left, right, exact, isLong, context, at, body);
            // checked_ and Math.imul give 0 for -0 themselves.
            return kind == BinaryOperatorKind.Multiply && context == OverflowContext.Default && NegativeZero.InProduct(left, right) && !NegativeZero.Vanishes(at)
                ? NegativeZero.Normalised(result)
                : result;
        }
        return kind switch
        {
            BinaryOperatorKind.Add => new JsBinary("+", left, right),
            BinaryOperatorKind.Subtract => new JsBinary("-", left, right),
            BinaryOperatorKind.Multiply => new JsBinary("*", left, right),
            BinaryOperatorKind.Divide when integral && IsNonZeroConstant(rightOperand) => NegativeZero.InQuotient(left, right) && !NegativeZero.Vanishes(at)
                ? NegativeZero.Normalised(Truncate(new JsBinary("/", left, right)))
                : Truncate(new JsBinary("/", left, right)),
            BinaryOperatorKind.Divide when integral => body.CallHelper("intDiv_", left, right),
            BinaryOperatorKind.Divide => new JsBinary("/", left, right),
            BinaryOperatorKind.Remainder when integral && !IsNonZeroConstant(rightOperand) => body.CallHelper("intRem_", left, right),
            BinaryOperatorKind.Remainder when integral && NegativeZero.InRemainder(left) && !NegativeZero.Vanishes(at) => NegativeZero.Normalised(new JsBinary("%", left, right)),
            BinaryOperatorKind.Remainder => new JsBinary("%", left, right),
            BinaryOperatorKind.ConditionalAnd => new JsBinary("&&", left, right),
            BinaryOperatorKind.ConditionalOr => new JsBinary("||", left, right),
            // Both sides of a bool & | ^ are evaluated, as in C#, and the result is a bool, not 0 or 1.
            BinaryOperatorKind.And when boolean => new JsBinary("===", new JsBinary("&", left, right), new JsNumberLiteral(1)),
            BinaryOperatorKind.Or when boolean => new JsBinary("===", new JsBinary("|", left, right), new JsNumberLiteral(1)),
            BinaryOperatorKind.ExclusiveOr when boolean => new JsBinary("!==", left, right),
            BinaryOperatorKind.And => new JsBinary("&", left, right),
            BinaryOperatorKind.Or => new JsBinary("|", left, right),
            BinaryOperatorKind.ExclusiveOr => new JsBinary("^", left, right),
            BinaryOperatorKind.LeftShift => new JsBinary("<<", left, right),
            BinaryOperatorKind.RightShift => new JsBinary(">>", left, right),
            // C#'s >>> on an int gives an int; JavaScript's gives an unsigned number.
            BinaryOperatorKind.UnsignedRightShift => new JsBinary("|", new JsBinary(">>>", left, right), new JsNumberLiteral(0)),
            BinaryOperatorKind.LessThan => new JsBinary("<", left, right),
            BinaryOperatorKind.LessThanOrEqual => new JsBinary("<=", left, right),
            BinaryOperatorKind.GreaterThan => new JsBinary(">", left, right),
            BinaryOperatorKind.GreaterThanOrEqual => new JsBinary(">=", left, right),
            _ => body.Unsupported(at, DiagnosticDescriptors.UnsupportedConstruct, $"the operator {kind}"),
        };
    }

    private static bool IsChecked(IOperation operation) => operation switch
    {
        IBinaryOperation binary => binary.IsChecked,
        ICompoundAssignmentOperation compound => compound.IsChecked,
        _ => false,
    };

    public static JsExpression Truncate(JsExpression value) => new JsCall(new JsMember(new JsIdentifier("Math"), "trunc"), new[] { value });

    public static bool IsNonZeroConstant(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: var value } && value is not null && System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) != 0;

    /// <summary>
    /// A lifted operator on nullable values: both operands are evaluated, then a relational operator is false
    /// when either is null and an arithmetic one is null.
    /// </summary>
    private static JsExpression Lifted(IBinaryOperation binary, BodyLowerer body)
    {
        if (binary.OperatorKind is BinaryOperatorKind.And or BinaryOperatorKind.Or or BinaryOperatorKind.ExclusiveOr && TypeFacts.IsBool(binary.LeftOperand.Type))
        {
            return body.Unsupported(binary, DiagnosticDescriptors.LiftedOperatorNotSupported, binary.OperatorKind.ToString());
        }
        var evaluations = new System.Collections.Generic.List<JsExpression>();
        JsExpression? bothPresent = null;
        var left = Operand(binary.LeftOperand, "left", evaluations, ref bothPresent, body);
        var right = Operand(binary.RightOperand, "right", evaluations, ref bothPresent, body);
        var result = binary.OperatorMethod is { } method
            ? LibraryOperator(binary, method, left, right, body)
            : Arithmetic(binary.OperatorKind, left, right, binary.LeftOperand.Type, binary.RightOperand, binary, body);
        JsExpression lifted = binary.OperatorKind is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
            or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
            ? new JsBinary("&&", bothPresent!, result)
            : new JsConditional(bothPresent!, result, new JsNullLiteral());
        if (evaluations.Count == 0) return lifted;
        evaluations.Add(lifted);
        return new JsSequence(evaluations);
    }

    private static JsExpression LibraryOperator(IBinaryOperation binary, IMethodSymbol method, JsExpression left, JsExpression right, BodyLowerer body)
    {
        var call = new BclCall(binary, method, (JsExpression?)null, new[] { left, right }, body);
        if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
        return body.Unsupported(binary, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
    }

    private static bool IsPureArithmetic(JsExpression expression) => expression switch
    {
        JsBinary { Operator: "+" or "-" or "*" or "/" } binary => IsPureArithmetic(binary.Left) && IsPureArithmetic(binary.Right),
        JsUnary { Operator: "-" } negation => IsPureArithmetic(negation.Operand),
        _ => BodyLowerer.IsSimple(expression),
    };

    private static JsExpression Operand(IOperation operand, string hint, System.Collections.Generic.List<JsExpression> evaluations, ref JsExpression? bothPresent, BodyLowerer body)
    {
        var value = body.Expression(operand);
        // Every operand that is not simple is evaluated up front, in order, before any null check; arithmetic on
        // constants and names has no effect to order.
        if (!BodyLowerer.IsSimple(value) && !IsPureArithmetic(value))
        {
            var temp = body.HoistedTemp(hint);
            evaluations.Add(new JsAssign("=", temp, value));
            value = temp;
        }
        // A T converted to T? (the other side of DateTime? < DateTime) is never null.
        if (!TypeFacts.IsNullableValueType(operand.Type) || operand is IConversionOperation { IsImplicit: true, Operand.Type: var from } && !TypeFacts.IsNullableValueType(from)) return value;
        var present = new JsBinary("!=", value, new JsNullLiteral());
        bothPresent = bothPresent is null ? present : new JsBinary("&&", bothPresent, present);
        return value;
    }
}

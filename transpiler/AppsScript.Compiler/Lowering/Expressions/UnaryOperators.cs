using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>Unary <c>! - + ~</c>; a lifted one propagates null, and an integer negation follows the overflow context.</summary>
internal static class UnaryOperators
{
    public static JsExpression Lower(IUnaryOperation unary, BodyLowerer body)
    {
        if (unary.OperatorMethod is { } method)
        {
            if (UserDefinedOperators.IsDeclared(method, body)) return UserDefinedOperators.Unary(unary, method, body);
            return LibraryOperator(unary, method, body);
        }
        if (TypeFacts.IsUnsupportedNumeric(unary.Operand.Type)) return body.Unsupported(unary, DiagnosticDescriptors.NumericTypeNotSupported, unary.Operand.Type!.ToDisplayString());
        if (unary.OperatorKind == UnaryOperatorKind.BitwiseNegation && TypeFacts.IsLong(unary.Operand.Type))
        {
            // ~x is -1 - x on 64 bits; JavaScript's ~ would cut x to 32.
            return new JsBinary("-", new JsNumberLiteral(-1), body.Expression(unary.Operand));
        }
        var op = unary.OperatorKind switch
        {
            UnaryOperatorKind.Not => "!",
            UnaryOperatorKind.Minus => "-",
            UnaryOperatorKind.BitwiseNegation => "~",
            UnaryOperatorKind.Plus => null,
            _ => "?",
        };
        if (op == "?") return body.Unsupported(unary, DiagnosticDescriptors.UnsupportedConstruct, $"the operator {unary.OperatorKind}");
        var operand = body.Expression(unary.Operand);
        if (op is null) return operand;
        if (op == "-" && !unary.IsLifted && TypeFacts.IsIntegral(unary.Type) && Overflow.Of(unary, unary.IsChecked) is var context and not OverflowContext.Default)
        {
            // -int.MinValue is the one negation that overflows.
            var negated = new JsUnary(op, operand);
            return Overflow.Arithmetic(BinaryOperatorKind.Subtract, new JsNumberLiteral(0), operand, negated, TypeFacts.IsLong(unary.Type), context, unary, body);
        }
        // -x of an integer 0 is -0 in JavaScript: 0 - x is 0 (NegativeZero). A constant other than 0 keeps its -.
        var nonZeroConstant = unary.ConstantValue is { HasValue: true, Value: { } constant } && System.Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture) != 0;
        var mayBeZero = !nonZeroConstant && !NegativeZero.Vanishes(unary);
        System.Func<JsExpression, JsExpression> apply = op == "-" && TypeFacts.IsIntegral(unary.Type) && mayBeZero ? NegativeZero.Negated : value => new JsUnary(op, value);
        if (!unary.IsLifted) return apply(operand);
        return Lifted(operand, apply, body);
    }

    /// <summary>A lifted operator gives null for null: <c>value == null ? null : op(value)</c>.</summary>
    private static JsExpression Lifted(JsExpression operand, System.Func<JsExpression, JsExpression> apply, BodyLowerer body)
    {
        var (first, again) = body.Reuse(operand, "value");
        return new JsConditional(new JsBinary("==", first, new JsNullLiteral()), new JsNullLiteral(), apply(again));
    }

    /// <summary>An operator of a library type (-TimeSpan), through the replacement table, lifted for T? as a built-in one is.</summary>
    private static JsExpression LibraryOperator(IUnaryOperation unary, IMethodSymbol method, BodyLowerer body)
    {
        if (!unary.IsLifted) return Library(new BclCall(unary, method, null, new[] { unary.Operand }, body), body);
        return Lifted(body.Expression(unary.Operand), operand => Library(new BclCall(unary, method, (JsExpression?)null, new[] { operand }, body), body), body);
    }

    private static JsExpression Library(BclCall call, BodyLowerer body) => body.Context.Replacements.TryLower(call, out var lowered)
        ? lowered
        : body.Unsupported(call.Operation, DiagnosticDescriptors.UnmappedMember, call.Symbol.ToDisplayString(), ReplacementTable.DocumentationId(call.Symbol));
}

using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>Unary <c>! - + ~</c>; a lifted one propagates null.</summary>
internal static class UnaryOperators
{
    public static JsExpression Lower(IUnaryOperation unary, BodyLowerer body)
    {
        if (unary.OperatorMethod is { } method)
        {
            if (body.Semantics.ShapeOf(method.ContainingType) == TypeShape.Library)
            {
                var call = new BclCall(unary, method, null, new[] { unary.Operand }, body);
                if (body.Context.Replacements.TryLower(call, out var lowered)) return lowered;
                return body.Unsupported(unary, DiagnosticDescriptors.UnmappedMember, method.ToDisplayString(), ReplacementTable.DocumentationId(method));
            }
            return body.Unsupported(unary, DiagnosticDescriptors.OperatorDeclarationNotSupported);
        }
        if (TypeFacts.IsUnsupportedNumeric(unary.Operand.Type)) return body.Unsupported(unary, DiagnosticDescriptors.NumericTypeNotSupported, unary.Operand.Type!.ToDisplayString());
        if (unary.OperatorKind == UnaryOperatorKind.BitwiseNegation && TypeFacts.IsLong(unary.Operand.Type))
        {
            return body.Unsupported(unary, DiagnosticDescriptors.UnsupportedConstruct, "~ on long (JavaScript bitwise operators work on 32 bits)");
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
        if (!unary.IsLifted) return new JsUnary(op, operand);
        var (first, again) = body.Reuse(operand, "value");
        return new JsConditional(new JsBinary("==", first, new JsNullLiteral()), new JsNullLiteral(), new JsUnary(op, again));
    }
}

using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>What C# does with an integer result outside its type's range, by the context around the operation.</summary>
internal enum OverflowContext
{
    /// <summary>No checked or unchecked keyword: JavaScript's exact result is kept (README, "Where results can still differ").</summary>
    Default,

    /// <summary>Inside <c>checked</c> (or a project compiled with overflow checks): OverflowException.</summary>
    Checked,

    /// <summary>Inside an explicit <c>unchecked</c>, where code relies on wrapping (hash codes): the result wraps as in .NET.</summary>
    Unchecked,
}

/// <summary>
/// Integer overflow of <c>+ - *</c>, unary minus and narrowing conversions, as the C# context decides it: checked
/// results go through checked_, which throws OverflowException; explicitly unchecked int results wrap with
/// <c>| 0</c> and <c>Math.imul</c>. JavaScript numbers cannot wrap at 64 bits, so unchecked long arithmetic is refused.
/// </summary>
internal static class Overflow
{
    public const double Int32Min = -2147483648;
    public const double Int32Max = 2147483647;
    public const double Int64Min = -9223372036854775808d;
    public const double Int64Max = 9223372036854775807d;

    /// <summary>The context of an operation: the innermost checked or unchecked expression or statement around it, else the project's setting.</summary>
    public static OverflowContext Of(IOperation operation, bool isChecked)
    {
        for (var node = operation.Syntax; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case CheckedExpressionSyntax expression:
                    return expression.IsKind(SyntaxKind.CheckedExpression) ? OverflowContext.Checked : OverflowContext.Unchecked;
                case CheckedStatementSyntax statement:
                    return statement.IsKind(SyntaxKind.CheckedStatement) ? OverflowContext.Checked : OverflowContext.Unchecked;
                case MemberDeclarationSyntax:
                    return isChecked ? OverflowContext.Checked : OverflowContext.Default;
            }
        }
        return isChecked ? OverflowContext.Checked : OverflowContext.Default;
    }

    /// <summary>
    /// The result of <c>+</c>, <c>-</c> or <c>*</c> on integers of the given type (int or long) in the context:
    /// <paramref name="exact"/> is JavaScript's exact result.
    /// </summary>
    public static JsExpression Arithmetic(BinaryOperatorKind kind, JsExpression left, JsExpression right, JsExpression exact, bool isLong, OverflowContext context, IOperation at, BodyLowerer body)
    {
        switch (context)
        {
            case OverflowContext.Checked:
                return Checked(exact, isLong, body);
            case OverflowContext.Unchecked when isLong:
                return body.Unsupported(at, DiagnosticDescriptors.UnsupportedConstruct, "unchecked long arithmetic (JavaScript numbers cannot wrap at 64 bits; use int, or keep the values in range)");
            case OverflowContext.Unchecked:
                return kind == BinaryOperatorKind.Multiply
                    ? new JsCall(new JsMember(new JsIdentifier("Math"), "imul"), new[] { left, right })
                    : Wrap(exact);
            default:
                return exact;
        }
    }

    /// <summary>The checked result: the value, or OverflowException outside int's or long's range.</summary>
    public static JsExpression Checked(JsExpression value, bool isLong, BodyLowerer body) =>
        CheckedIn(value, isLong ? Int64Min : Int32Min, isLong ? Int64Max : Int32Max, body);

    public static JsExpression CheckedIn(JsExpression value, double min, double max, BodyLowerer body) =>
        body.CallHelper("checked_", value, new JsNumberLiteral(min), new JsNumberLiteral(max));

    /// <summary>An int result wrapped to 32 bits as .NET's unchecked arithmetic does.</summary>
    public static JsExpression Wrap(JsExpression value) => new JsBinary("|", value, new JsNumberLiteral(0));

    /// <summary>Whether an operator can overflow its integer result.</summary>
    public static bool CanOverflow(BinaryOperatorKind kind) => kind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply;
}

using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// JavaScript numbers have a -0 that .NET's integers do not: <c>0 * -1</c>, <c>-5 % 5</c>, <c>-x</c> of 0 and
/// <c>Math.trunc(-1 / 7)</c> are -0, which shows once the integer becomes a double (<c>1.0 / x</c> is -Infinity,
/// and it prints as "-0"). So an integer result that may be -0 is normalised where it is made: <c>+ 0</c> turns
/// -0 into 0 and leaves every other number as it is, and a negation is <c>0 - x</c>. Made nowhere, an integer
/// is never -0, which is what lets the checks below assume their operands are not. Where the result is added
/// to another integer, or subtracted from one, -0 cannot show (x + -0 and x - -0 are x), so it is left alone.
/// </summary>
internal static class NegativeZero
{
    /// <summary>The value with -0 turned into 0: <c>value + 0</c>.</summary>
    public static JsExpression Normalised(JsExpression value) => new JsBinary("+", value, new JsNumberLiteral(0));

    /// <summary>An integer negation that gives 0 for 0: <c>0 - value</c>, or the negated literal (0 for 0).</summary>
    public static JsExpression Negated(JsExpression value) => value switch
    {
        JsNumberLiteral { Value: 0 } => new JsNumberLiteral(0),
        JsNumberLiteral => new JsUnary("-", value),
        _ => new JsBinary("-", new JsNumberLiteral(0), value),
    };

    /// <summary>Whether a product of integers may be -0: not when a factor is a positive constant or both are never negative.</summary>
    public static bool InProduct(JsExpression left, JsExpression right) =>
        !(IsPositive(left) || IsPositive(right) || (IsNonNegative(left) && IsNonNegative(right)));

    /// <summary>Whether an integer remainder may be -0: only when the dividend may be negative.</summary>
    public static bool InRemainder(JsExpression dividend) => !IsNonNegative(dividend);

    /// <summary>Whether a truncated integer quotient may be -0: not when both operands are never negative.</summary>
    public static bool InQuotient(JsExpression dividend, JsExpression divisor) => !(IsNonNegative(dividend) && IsNonNegative(divisor));

    /// <summary>
    /// Whether an integer result is added to or subtracted from another integer (which is never -0), so that its
    /// own -0 vanishes: <c>total += x % 3</c> needs no <c>+ 0</c>. Both operands of an addition may be -0 only when
    /// both are made by these operators, so neither is then taken as vanishing.
    /// </summary>
    public static bool Vanishes(IOperation operation)
    {
        var child = operation;
        var parent = operation.Parent;
        while (parent is IConversionOperation { IsImplicit: true } conversion && TypeFacts.IsIntegral(conversion.Type))
        {
            child = parent;
            parent = parent.Parent;
        }
        return parent switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } sum when TypeFacts.IsIntegral(sum.Type) =>
                !MayMake(Stripped(ReferenceEquals(sum.LeftOperand, child) ? sum.RightOperand : sum.LeftOperand)),
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Subtract, OperatorMethod: null } difference when TypeFacts.IsIntegral(difference.Type) =>
                ReferenceEquals(difference.RightOperand, child),
            ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract, OperatorMethod: null } compound
                when TypeFacts.IsIntegral(compound.Target.Type) => ReferenceEquals(compound.Value, child),
            _ => false,
        };
    }

    /// <summary>Whether an operation is one that may leave -0 alone because its result vanishes.</summary>
    private static bool MayMake(IOperation operation) => TypeFacts.IsIntegral(operation.Type) && operation switch
    {
        IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder } => true,
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } => true,
        _ => false,
    };

    private static IOperation Stripped(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion && TypeFacts.IsIntegral(conversion.Type)) operation = conversion.Operand;
        return operation;
    }

    private static bool IsPositive(JsExpression value) => value is JsNumberLiteral { Value: > 0 };

    /// <summary>What is never negative whatever the values: a constant of at least 0, a length or a size.</summary>
    private static bool IsNonNegative(JsExpression value) => value switch
    {
        JsNumberLiteral literal => literal.Value >= 0 && System.BitConverter.DoubleToInt64Bits(literal.Value) >= 0,
        JsMember { Name: "length" or "size" } => true,
        _ => false,
    };
}

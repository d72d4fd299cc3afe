namespace AppsScript.Compiler.Js.Printer;

/// <summary>
/// ECMAScript expression precedence, lowest first. The printer parenthesises an operand whose level is
/// below what its position requires, so the tree never carries parentheses of its own.
/// </summary>
internal enum Precedence
{
    Sequence,
    Assignment,     // = op= arrow spread
    Conditional,
    Coalesce,       // ?? may not mix with || or && without parentheses
    LogicalOr,
    LogicalAnd,
    BitwiseOr,
    BitwiseXor,
    BitwiseAnd,
    Equality,
    Relational,
    Shift,
    Additive,
    Multiplicative,
    Exponent,
    Unary,
    Postfix,
    LeftHandSide,   // member access, call, new with arguments
    Primary,
}

internal static class OperatorPrecedence
{
    public static Precedence OfBinary(string op) => op switch
    {
        "??" => Precedence.Coalesce,
        "||" => Precedence.LogicalOr,
        "&&" => Precedence.LogicalAnd,
        "|" => Precedence.BitwiseOr,
        "^" => Precedence.BitwiseXor,
        "&" => Precedence.BitwiseAnd,
        "==" or "!=" or "===" or "!==" => Precedence.Equality,
        "<" or "<=" or ">" or ">=" or "instanceof" or "in" => Precedence.Relational,
        "<<" or ">>" or ">>>" => Precedence.Shift,
        "+" or "-" => Precedence.Additive,
        "*" or "/" or "%" => Precedence.Multiplicative,
        "**" => Precedence.Exponent,
        _ => throw new System.ArgumentException($"Unknown binary operator '{op}'.", nameof(op)),
    };
}

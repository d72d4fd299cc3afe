using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Operators and conversions the program declares. Each is a static method of its class named as .NET names it
/// (<c>Money.op_Addition(a, b)</c>, <c>Money.op_Implicit(5)</c>), and Roslyn says at each use which one C# chose,
/// so the use is a call of it: <c>==</c> with null too, as .NET calls the operator then. Refused (GAS1009): lifted
/// forms over nullable structs, and a compound assignment that converts around the operator.
/// </summary>
internal static class UserDefinedOperators
{
    /// <summary>Whether the method is an operator or conversion the program declares (not a record's generated equality).</summary>
    public static bool IsDeclared(IMethodSymbol? method, BodyLowerer body) =>
        method is { MethodKind: MethodKind.UserDefinedOperator or MethodKind.Conversion, IsImplicitlyDeclared: false } && body.Semantics.IsInSource(method);

    /// <summary><c>Type.op_Name(operands)</c>.</summary>
    public static JsExpression Call(IMethodSymbol method, BodyLowerer body, params JsExpression[] operands)
    {
        body.Reference(method);
        return new JsCall(new JsMember(MemberAccess.TypeReference(method.ContainingType, body), body.Semantics.MemberName(method)), operands);
    }

    public static JsExpression Binary(IBinaryOperation binary, IMethodSymbol method, BodyLowerer body)
    {
        if (binary.IsLifted) return Lifted(binary, method, body);
        return Call(method, body, body.Expression(binary.LeftOperand), body.Expression(binary.RightOperand));
    }

    public static JsExpression Unary(IUnaryOperation unary, IMethodSymbol method, BodyLowerer body)
    {
        if (unary.IsLifted) return Lifted(unary, method, body);
        return Call(method, body, body.Expression(unary.Operand));
    }

    /// <summary><c>target = Type.op_Name(target, value)</c>, the target's receiver and index evaluated once (a lifted one is GAS1030).</summary>
    public static JsExpression Compound(ICompoundAssignmentOperation compound, IMethodSymbol method, BodyLowerer body)
    {
        if (!IsFree(compound.InConversion) || !IsFree(compound.OutConversion))
        {
            return body.Unsupported(compound, DiagnosticDescriptors.OperatorDeclarationNotSupported, "a compound assignment converting the value around the user-defined operator");
        }
        var target = MemberAccess.Target(compound.Target, body)!;
        var (first, again) = Assignments.ReuseTarget(target, body);
        return new JsAssign("=", first, Call(method, body, again, body.Expression(compound.Value)));
    }

    /// <summary>
    /// A user-defined conversion. Roslyn gives the conversions C# adds before and after the operator as operations
    /// of their own (<c>(Money)2.7</c> truncates the double to the operator's long first), lowered as any other.
    /// </summary>
    public static JsExpression Conversion(IConversionOperation conversion, IMethodSymbol method, BodyLowerer body)
    {
        if (conversion.GetConversion().IsNullable) return Lifted(conversion, method, body);
        return Call(method, body, body.Expression(conversion.Operand));
    }

    private static JsExpression Lifted(IOperation operation, IMethodSymbol method, BodyLowerer body) =>
        body.Unsupported(operation, DiagnosticDescriptors.OperatorDeclarationNotSupported, $"'{method.ToDisplayString()}' lifted to nullable operands");

    /// <summary>Whether the conversion is nothing in JavaScript: an identity or an upcast.</summary>
    private static bool IsFree(CommonConversion conversion) =>
        conversion.IsIdentity || conversion.IsReference && conversion.IsImplicit;

}

using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// .NET's multicast delegates over JavaScript functions: a delegate is a function, and combining delegates
/// (<c>+</c>, <c>+=</c>, an event's <c>+=</c>) makes a function calling each handler in turn
/// (<c>combineDelegates_</c>); removing (<c>-</c>, <c>-=</c>) takes out the last run of equal handlers
/// (<c>removeDelegate_</c>), for which two delegates of one method on one object must be equal: in a program that
/// removes delegates, a method group's delegate is marked with its method and target (<c>methodDelegate_</c>).
/// </summary>
internal static class Delegates
{
    public static bool IsDelegate(ITypeSymbol? type) => type?.TypeKind == TypeKind.Delegate;

    /// <summary><c>combineDelegates_(a, b)</c> or <c>removeDelegate_(a, b)</c>.</summary>
    public static JsExpression Combine(bool adds, JsExpression left, JsExpression right, BodyLowerer body) =>
        body.CallHelper(adds ? "combineDelegates_" : "removeDelegate_", left, right);

    /// <summary><c>a += b</c> and <c>a -= b</c> on a delegate variable, field or property: combined and assigned back, the target evaluated once.</summary>
    public static JsExpression CompoundAssignment(ICompoundAssignmentOperation compound, BodyLowerer body)
    {
        var (first, again) = Assignments.ReuseTarget(MemberAccess.Target(compound.Target, body)!, body);
        return new JsAssign("=", first, Combine(compound.OperatorKind == BinaryOperatorKind.Add, again, body.Expression(compound.Value), body));
    }

    /// <summary>A method group's delegate, marked with the method it calls and its target where the program removes delegates.</summary>
    public static JsExpression MethodGroup(JsExpression handler, JsExpression method, JsExpression? target, BodyLowerer body) =>
        body.Context.RemovesDelegates ? body.CallHelper("methodDelegate_", handler, method, target ?? new JsNullLiteral()) : handler;
}

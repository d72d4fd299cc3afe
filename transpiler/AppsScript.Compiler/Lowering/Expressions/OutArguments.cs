using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Replacements;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The two out-argument patterns the subset keeps, <c>TryParse(s, out var n)</c> and
/// <c>TryGetValue(k, out var v)</c>, as expressions: the result is the bool, and the out variable (declared
/// before the statement, as its C# scope requires) holds the value, or the type's default on failure.
/// </summary>
internal static class OutArguments
{
    /// <summary>The variable an out argument writes, or null for a discard (<c>out _</c>).</summary>
    public static JsExpression? Target(IOperation argument, BodyLowerer body) => argument switch
    {
        IDiscardOperation => null,
        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => Declare(declared, body),
        ILocalReferenceOperation { IsDeclaration: true } declared => Declare(declared, body),
        _ => MemberAccess.Target(argument, body),
    };

    private static JsExpression Declare(ILocalReferenceOperation local, BodyLowerer body)
    {
        var name = body.Local(local.Local);
        body.Hoist(name.Name);
        return name;
    }

    /// <summary>
    /// <c>condition ? (out = value, true) : (out = default, false)</c>: for a lookup whose success is tested
    /// apart from its value, such as a dictionary key whose value may be null.
    /// </summary>
    public static JsExpression WhenFound(BclCall call, int outIndex, JsExpression found, JsExpression value)
    {
        var target = Target(call.ArgumentOperation(outIndex)!, call.Body);
        if (target is null) return found;
        var type = call.ParameterType(outIndex);
        var defaultValue = Literals.DefaultOf(type, call.Operation, call.Body);
        // A collection's struct element is handed out as a copy.
        if (TypeFacts.IsSourceStruct(type)) value = StructCopies.Copy(value, TypeFacts.IsNullableValueType(type));
        return new JsConditional(found, Assigned(target, value, true), Assigned(target, defaultValue, false));
    }

    /// <summary>
    /// <c>(out = valueOrNull) !== null || (out = default, false)</c>: for a parse whose helper returns the
    /// value, or null when the text does not parse.
    /// </summary>
    public static JsExpression WhenNotNull(BclCall call, int outIndex, JsExpression valueOrNull)
    {
        var target = Target(call.ArgumentOperation(outIndex)!, call.Body);
        if (target is null) return new JsBinary("!==", valueOrNull, new JsNullLiteral());
        var defaultValue = Literals.DefaultOf(call.ParameterType(outIndex), call.Operation, call.Body);
        return new JsBinary("||", new JsBinary("!==", new JsAssign("=", target, valueOrNull), new JsNullLiteral()), Assigned(target, defaultValue, false));
    }

    private static JsExpression Assigned(JsExpression target, JsExpression value, bool result) =>
        new JsSequence(new JsExpression[] { new JsAssign("=", target, value), new JsBooleanLiteral(result) });
}

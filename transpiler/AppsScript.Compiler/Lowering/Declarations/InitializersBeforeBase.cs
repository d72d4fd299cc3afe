using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Lowering.Declarations;

/// <summary>
/// C# runs a class's instance field initialisers before its base constructor call, arguments included; JavaScript
/// lets a constructor touch <c>this</c> only after <c>super(...)</c>. An initialiser cannot read <c>this</c> in C#, so
/// one whose value could observe or cause anything (a call, a static field's current value) is evaluated into a
/// constant before <c>super(...)</c> and assigned after it; plain values are assigned after it as they are.
/// </summary>
internal static class InitializersBeforeBase
{
    /// <summary>The statements to run before <c>super(...)</c>, and the field assignments to run after it.</summary>
    public static (IReadOnlyList<JsStatement> Before, IReadOnlyList<JsStatement> After) Split(
        IReadOnlyList<JsStatement> initializers, IReadOnlyCollection<string> parameters, BodyLowerer body)
    {
        var before = new List<JsStatement>();
        var after = new List<JsStatement>();
        foreach (var statement in initializers)
        {
            if (statement is not JsExpressionStatement { Expression: JsAssign { Operator: "=", Target: JsMember { Object: JsThis } target, Value: var value } })
            {
                // The hoisted temporaries' declarations, which the early values use.
                before.Add(statement);
            }
            else if (IsInert(value, parameters))
            {
                after.Add(statement);
            }
            else
            {
                var early = new JsIdentifier(body.FreshName(target.Name));
                before.Add(new JsVariableDeclaration(JsDeclarationKind.Const, new[] { new JsVariableDeclarator(early, value) }));
                after.Add(new JsExpressionStatement(new JsAssign("=", target, early)));
            }
        }
        return before.Count == 0 ? (before, initializers) : (before, after);
    }

    /// <summary>A value that neither causes nor sees anything the base constructor does: literals, the constructor's own parameters, closures.</summary>
    private static bool IsInert(JsExpression value, IReadOnlyCollection<string> parameters) => value switch
    {
        JsNumberLiteral or JsStringLiteral or JsBooleanLiteral or JsNullLiteral or JsArrow => true,
        JsIdentifier identifier => parameters.Contains(identifier.Name),
        JsUnary { Operator: "-" or "!" or "~" } unary => IsInert(unary.Operand, parameters),
        JsArrayLiteral array => array.Elements.All(e => IsInert(e, parameters)),
        JsObjectLiteral literal => literal.Members.All(m => m is JsProperty property && IsInert(property.Value, parameters)),
        _ => false,
    };
}

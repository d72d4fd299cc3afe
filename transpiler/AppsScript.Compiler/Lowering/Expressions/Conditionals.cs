using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>The conditional operator <c>?:</c> and <c>??</c>.</summary>
internal static class Conditionals
{
    public static JsExpression Ternary(IConditionalOperation conditional, BodyLowerer body) =>
        new JsConditional(body.Expression(conditional.Condition), body.Expression(conditional.WhenTrue), body.Expression(conditional.WhenFalse!));

    public static JsExpression Coalesce(ICoalesceOperation coalesce, BodyLowerer body) =>
        new JsBinary("??", body.Expression(coalesce.Value), body.Expression(coalesce.WhenNull));
}

using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary><c>if</c>/<c>else</c>; an <c>else if</c> chain stays a chain.</summary>
internal static class IfStatements
{
    public static JsStatement Lower(IConditionalOperation conditional, BodyLowerer body)
    {
        var test = body.Expression(conditional.Condition);
        var then = body.Block(conditional.WhenTrue);
        JsStatement? otherwise = conditional.WhenFalse switch
        {
            null => null,
            IConditionalOperation elseIf => Lower(elseIf, body),
            var other => body.Block(other),
        };
        return new JsIf(test, then, otherwise);
    }
}

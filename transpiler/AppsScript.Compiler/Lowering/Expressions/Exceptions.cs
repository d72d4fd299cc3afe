using AppsScript.Compiler.Js.Ast;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary><c>throw</c> used as an expression (<c>x ?? throw ...</c>): JavaScript has no throw expression, so a helper throws.</summary>
internal static class Exceptions
{
    public static JsExpression ThrowExpression(IThrowOperation throwOperation, BodyLowerer body) =>
        body.CallHelper("throw_", body.Expression(throwOperation.Exception!));
}

using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary>
/// Local functions. One that uses <c>this</c> must be an arrow, which is not hoisted, so it is placed at
/// the top of its block; any other is a function declaration, which JavaScript hoists as C# does.
/// </summary>
internal static class LocalFunctions
{
    public static void Lower(ILocalFunctionOperation localFunction, BodyLowerer body, List<JsStatement> output)
    {
        if (localFunction.Symbol.IsAsync)
        {
            body.Unsupported(localFunction, DiagnosticDescriptors.AsyncNotSupported);
            return;
        }
        var name = body.LocalName(localFunction.Symbol);
        var parameters = body.Context.TypeDefaults.WithParameters(localFunction.Symbol, Lambdas.Parameters(localFunction.Symbol.Parameters, body), body);
        var block = body.Block(localFunction.Body ?? localFunction.IgnoredBody!);
        if (Iterators.IsSupported(localFunction.Symbol)) block = Iterators.Body(localFunction.Symbol, block, UsesThis(localFunction), body);
        if (UsesThis(localFunction))
        {
            output.Add(new JsVariableDeclaration(JsDeclarationKind.Const, new[] { new JsVariableDeclarator(new JsIdentifier(name), new JsArrow(parameters, block)) }));
            return;
        }
        output.Add(new JsFunctionDeclaration(name, parameters, block));
    }

    public static bool UsesThis(ILocalFunctionOperation localFunction) =>
        (localFunction.Body ?? localFunction.IgnoredBody)?.Descendants().OfType<IInstanceReferenceOperation>()
            .Any(i => i.ReferenceKind == InstanceReferenceKind.ContainingTypeInstance) == true;
}

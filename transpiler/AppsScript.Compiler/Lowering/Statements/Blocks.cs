using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary>Local declarations and expression statements.</summary>
internal static class Blocks
{
    /// <summary><c>const</c> for a local that is initialised and never reassigned, else <c>let</c>.</summary>
    public static void Declarations(IVariableDeclarationGroupOperation group, BodyLowerer body, List<JsStatement> output)
    {
        foreach (var declaration in group.Declarations)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var symbol = declarator.Symbol;
                var initializer = declarator.Initializer?.Value ?? declaration.Initializer?.Value;
                var value = initializer is null ? null : TupleCopies.Into(symbol, initializer, body.Expression(initializer), body);
                var kind = value is not null && (symbol.IsConst || !body.IsReassigned(symbol)) ? JsDeclarationKind.Const : JsDeclarationKind.Let;
                output.Add(new JsVariableDeclaration(kind, new[] { new JsVariableDeclarator(body.Local(symbol), value) }));
            }
        }
    }

    public static void ExpressionStatement(IExpressionStatementOperation statement, BodyLowerer body, List<JsStatement> output)
    {
        switch (statement.Operation)
        {
            case IThrowOperation throwOperation:
                output.Add(TryCatch.Throw(throwOperation, body));
                return;
            case IDeconstructionAssignmentOperation { Target: IDeclarationExpressionOperation declaration } deconstruction
                when Assignments.IsArrayShaped(deconstruction.Value.Type):
                var pattern = Assignments.Pattern(declaration, body, hoistDeclarations: false);
                var reassigned = Locals(declaration).Any(body.IsReassigned);
                output.Add(new JsVariableDeclaration(reassigned ? JsDeclarationKind.Let : JsDeclarationKind.Const,
                    new[] { new JsVariableDeclarator(pattern, body.Expression(deconstruction.Value)) }));
                return;
            case ISimpleAssignmentOperation { Target: IDiscardOperation } discard:
                var value = body.Expression(discard.Value);
                if (!BodyLowerer.IsSimple(value)) output.Add(new JsExpressionStatement(value));
                return;
            default:
                output.Add(new JsExpressionStatement(body.Expression(statement.Operation)));
                return;
        }
    }

    private static IEnumerable<ILocalSymbol> Locals(IOperation operation) =>
        operation.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Where(l => l.IsDeclaration).Select(l => l.Local);
}

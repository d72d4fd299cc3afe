using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary>
/// Loops. A C# <c>for</c> loop has one variable for all iterations while a JavaScript <c>for (let ...)</c>
/// has one per iteration; when a lambda captures the variable, it is declared before the loop so that every
/// lambda sees the same variable, as in C#. <c>foreach</c> variables are per iteration in both.
/// </summary>
internal static class Loops
{
    public static void While(IWhileLoopOperation loop, BodyLowerer body, List<JsStatement> output)
    {
        var test = loop.Condition is null ? new JsBooleanLiteral(true) : body.Expression(loop.Condition);
        var block = body.Block(loop.Body);
        output.Add(loop.ConditionIsTop ? new JsWhile(test, block) : new JsDoWhile(block, test));
    }

    public static void For(IForLoopOperation loop, BodyLowerer body, List<JsStatement> output)
    {
        var before = new List<JsStatement>();
        foreach (var operation in loop.Before) body.Statement(operation, before);
        var test = loop.Condition is null ? null : body.Expression(loop.Condition);
        var updates = new List<JsExpression>();
        foreach (var operation in loop.AtLoopBottom)
        {
            updates.Add(operation is IExpressionStatementOperation statement ? body.Expression(statement.Operation) : body.Expression(operation));
        }
        var update = updates.Count switch
        {
            0 => null,
            1 => updates[0],
            _ => new JsSequence(updates),
        };
        var block = body.Block(loop.Body);
        if (CapturesLoopVariable(loop, body))
        {
            output.Add(new JsBlock(before.Append(new JsFor(null, test, update, block)).ToList()));
            return;
        }
        output.Add(new JsFor(Initializer(before), test, update, block));
    }

    /// <summary>The loop's initialiser: one declaration, or the initialising expressions as one sequence.</summary>
    private static JsStatement? Initializer(List<JsStatement> before)
    {
        if (before.Count == 0) return null;
        if (before.Count == 1) return before[0] is JsVariableDeclaration declaration ? declaration with { Kind = JsDeclarationKind.Let } : before[0];
        if (before.All(s => s is JsVariableDeclaration))
        {
            return new JsVariableDeclaration(JsDeclarationKind.Let, before.Cast<JsVariableDeclaration>().SelectMany(d => d.Declarators).ToList());
        }
        return new JsExpressionStatement(new JsSequence(before.Cast<JsExpressionStatement>().Select(s => s.Expression).ToList()));
    }

    private static bool CapturesLoopVariable(IForLoopOperation loop, BodyLowerer body)
    {
        if (loop.Locals.IsEmpty || loop.Syntax is not ForStatementSyntax syntax) return false;
        var captured = body.Context.ModelFor(syntax.SyntaxTree).AnalyzeDataFlow(syntax.Statement);
        return captured is { Succeeded: true } && loop.Locals.Any(l => captured.Captured.Contains(l, SymbolEqualityComparer.Default));
    }

    public static void ForEach(IForEachLoopOperation loop, BodyLowerer body, List<JsStatement> output)
    {
        var collection = WithoutImplicitConversions(loop.Collection);
        // Only classes implementing IEnumerable<T> become iterables; C#'s foreach also takes any type with a GetEnumerator.
        if (collection.Type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } own && body.Semantics.IsInSource(own) && !EnumerableClasses.IsEnumerableClass(own))
            body.Unsupported(collection, DiagnosticDescriptors.UnsupportedConstruct, $"foreach over '{own.Name}', which does not implement IEnumerable<T>,");
        // for...of enumerates an iterator's sequence itself, lazily, and ends it (running its finally blocks) on break or throw.
        var iterable = TypeFacts.CollectionOf(collection.Type) == RuntimeCollection.Set || LazySequences.MayBeLazy(collection, body)
            ? body.Expression(collection)
            : Conversions.AsArray(collection, body);
        JsExpression target = loop.LoopControlVariable switch
        {
            IVariableDeclaratorOperation declarator => body.Local(declarator.Symbol),
            IDeclarationExpressionOperation declaration => Assignments.Pattern(declaration, body, hoistDeclarations: false),
            var other => body.Expression(other),
        };
        var statements = body.Block(loop.Body);
        if (loop.LoopControlVariable is IVariableDeclaratorOperation { Symbol: var variable } && StructCopies.IsChangedIn(variable, loop.Body, body))
        {
            // The iteration variable is a copy of the element in .NET, which a change in the loop must not reach.
            var copy = new JsExpressionStatement(new JsAssign("=", target, StructCopies.Copy(target, TypeFacts.IsNullableValueType(variable.Type))));
            output.Add(new JsForOf(JsDeclarationKind.Let, target, iterable, new JsBlock(statements.Body.Prepend(copy).ToList())));
            return;
        }
        output.Add(new JsForOf(JsDeclarationKind.Const, target, iterable, statements));
    }

    private static IOperation WithoutImplicitConversions(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion) operation = conversion.Operand;
        return operation;
    }
}

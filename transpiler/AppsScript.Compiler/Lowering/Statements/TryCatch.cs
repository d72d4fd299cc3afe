using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary>
/// <c>try</c>/<c>catch</c>/<c>finally</c>. JavaScript has one untyped catch clause, so typed clauses and
/// <c>when</c> filters become an if-chain inside it that rethrows what no clause takes. A clause for
/// <c>Exception</c> catches everything, including errors thrown by Apps Script itself.
/// </summary>
internal static class TryCatch
{
    public static void Lower(ITryOperation tryOperation, BodyLowerer body, List<JsStatement> output)
    {
        var block = body.Block(tryOperation.Body);
        var finalizer = tryOperation.Finally is null ? null : body.Block(tryOperation.Finally);
        if (tryOperation.Catches.IsEmpty)
        {
            output.Add(new JsTry(block, null, null, finalizer));
            return;
        }
        var parameter = CatchParameterName(tryOperation.Catches, body);
        body.EnterCatch(parameter);
        try
        {
            output.Add(new JsTry(block, parameter, Handler(tryOperation.Catches, parameter, body), finalizer));
        }
        finally
        {
            body.ExitCatch();
        }
    }

    /// <summary>The catch parameter: the clauses' own variable name when they agree, else a fresh one; every clause's variable becomes it.</summary>
    private static string CatchParameterName(IReadOnlyList<ICatchClauseOperation> clauses, BodyLowerer body)
    {
        var locals = clauses.SelectMany(c => c.Locals).ToList();
        var names = locals.Select(l => l.Name).Distinct().ToList();
        var name = names.Count == 1 && locals.Count == clauses.Count ? body.LocalName(locals[0]) : body.FreshName("error");
        foreach (var local in locals) body.SetLocalName(local, name);
        return name;
    }

    private static JsBlock Handler(IReadOnlyList<ICatchClauseOperation> clauses, string parameter, BodyLowerer body)
    {
        var error = new JsIdentifier(parameter);
        var branches = new List<(JsExpression? Test, JsBlock Body)>();
        foreach (var clause in clauses)
        {
            JsExpression? test = CatchesEverything(clause.ExceptionType) ? null : Patterns.RuntimeTypeTest(error, clause.ExceptionType, clause, body);
            if (clause.Filter is not null)
            {
                var filter = body.Expression(clause.Filter);
                test = test is null ? filter : new JsBinary("&&", test, filter);
            }
            branches.Add((test, body.Block(clause.Handler)));
            if (test is null) break;
        }
        if (branches.Count == 1 && branches[0].Test is null) return branches[0].Body;
        JsStatement? chain = branches[^1].Test is null ? branches[^1].Body : new JsBlock(new JsStatement[] { new JsThrow(error) });
        for (var i = branches[^1].Test is null ? branches.Count - 2 : branches.Count - 1; i >= 0; i--)
        {
            chain = new JsIf(branches[i].Test!, branches[i].Body, chain);
        }
        return new JsBlock(new[] { chain! });
    }

    private static bool CatchesEverything(ITypeSymbol type) =>
        type.SpecialType == SpecialType.System_Object || type.ToDisplayString() == "System.Exception";

    /// <summary><c>throw x;</c>, or <c>throw;</c>, which rethrows the caught error.</summary>
    public static JsStatement Throw(IThrowOperation throwOperation, BodyLowerer body)
    {
        if (throwOperation.Exception is null) return new JsThrow(new JsIdentifier(body.CurrentCatchParameter ?? "undefined"));
        return new JsThrow(body.Expression(throwOperation.Exception));
    }
}

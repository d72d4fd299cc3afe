using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Diagnostics;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Statements;

/// <summary>
/// <c>switch</c> statements. Cases that are all non-null constants become a JavaScript <c>switch</c>, which
/// compares with <c>===</c> as C# does for those values. Anything else (patterns, guards, <c>case null</c>,
/// which must also match undefined) becomes an if-chain; a <c>break</c> that does not end its section
/// then leaves a labelled block.
/// </summary>
internal static class Switches
{
    public static void Lower(ISwitchOperation switchOperation, BodyLowerer body, List<JsStatement> output)
    {
        if (switchOperation.Cases.SelectMany(c => c.Clauses).All(IsPlainConstant))
        {
            output.Add(JsSwitch(switchOperation, body));
            return;
        }
        IfChain(switchOperation, body, output);
    }

    private static bool IsPlainConstant(ICaseClauseOperation clause) => clause switch
    {
        IDefaultCaseClauseOperation => true,
        ISingleValueCaseClauseOperation { Value.ConstantValue: { HasValue: true, Value: not null } } => true,
        IPatternCaseClauseOperation { Guard: null, Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: not null and not double } } } => true,
        _ => false,
    };

    private static IOperation ClauseValue(ICaseClauseOperation clause) => clause switch
    {
        ISingleValueCaseClauseOperation single => single.Value,
        IPatternCaseClauseOperation { Pattern: IConstantPatternOperation constant } => constant.Value,
        _ => throw new System.InvalidOperationException("Not a constant case."),
    };

    private static JsStatement JsSwitch(ISwitchOperation switchOperation, BodyLowerer body)
    {
        body.SetBreakLabel(switchOperation.ExitLabel, null);
        var cases = new List<JsSwitchCase>();
        foreach (var section in switchOperation.Cases)
        {
            var statements = body.Statements(section.Body);
            // Sections share one scope in JavaScript; a block keeps a section's declarations its own.
            if (statements.Any(s => s is JsVariableDeclaration or JsFunctionDeclaration)) statements = new List<JsStatement> { new JsBlock(statements) };
            for (var i = 0; i < section.Clauses.Length; i++)
            {
                var clause = section.Clauses[i];
                var test = clause is IDefaultCaseClauseOperation ? null : body.Expression(Strings.WithoutImplicitBoxing(ClauseValue(clause)));
                cases.Add(new JsSwitchCase(test, i == section.Clauses.Length - 1 ? statements : new List<JsStatement>()));
            }
        }
        return new JsSwitch(body.Expression(switchOperation.Value), cases);
    }

    private static void IfChain(ISwitchOperation switchOperation, BodyLowerer body, List<JsStatement> output)
    {
        var value = body.Expression(switchOperation.Value);
        if (!BodyLowerer.IsSimple(value))
        {
            var name = body.FreshName("value");
            output.Add(new JsVariableDeclaration(JsDeclarationKind.Const, new[] { new JsVariableDeclarator(new JsIdentifier(name), value) }));
            value = new JsIdentifier(name);
        }
        var exit = switchOperation.ExitLabel;
        var needsLabel = switchOperation.Cases.Any(section => BreaksOutFromInside(section, exit));
        var label = needsLabel ? body.FreshName("switch") : null;
        body.SetBreakLabel(exit, label);
        var branches = new List<(JsExpression Test, JsBlock Body)>();
        JsBlock? defaultBody = null;
        foreach (var section in switchOperation.Cases)
        {
            var statements = body.Statements(WithoutFinalBreak(section, exit));
            var isDefault = section.Clauses.Any(c => c is IDefaultCaseClauseOperation);
            if (isDefault)
            {
                defaultBody = new JsBlock(statements);
                continue;
            }
            var tests = section.Clauses.Select(c => ClauseTest(c, value, switchOperation.Value.Type, body)).ToList();
            var test = tests.Skip(1).Aggregate(tests[0], (left, right) => new JsBinary("||", left, right));
            branches.Add((test, new JsBlock(statements)));
        }
        JsStatement? chain = defaultBody;
        for (var i = branches.Count - 1; i >= 0; i--) chain = new JsIf(branches[i].Test, branches[i].Body, chain);
        if (chain is null) return;
        output.Add(label is null ? chain : new JsLabeled(label, chain is JsBlock ? chain : new JsBlock(new[] { chain })));
    }

    private static JsExpression ClauseTest(ICaseClauseOperation clause, JsExpression value, ITypeSymbol? type, BodyLowerer body)
    {
        switch (clause)
        {
            case ISingleValueCaseClauseOperation single:
                return single.Value.ConstantValue is { HasValue: true, Value: null }
                    ? new JsBinary("==", value, new JsNullLiteral())
                    : new JsBinary("===", value, body.Expression(Strings.WithoutImplicitBoxing(single.Value)));
            case IPatternCaseClauseOperation patternClause:
                var test = Patterns.Test(patternClause.Pattern, value, type, body);
                return patternClause.Guard is null ? test : new JsBinary("&&", test, body.Expression(patternClause.Guard));
            case IRelationalCaseClauseOperation relational:
                return body.Unsupported(relational, DiagnosticDescriptors.PatternNotSupported, "relational case");
            default:
                return body.Unsupported(clause, DiagnosticDescriptors.UnsupportedConstruct, clause.CaseKind.ToString());
        }
    }

    private static IEnumerable<IOperation> WithoutFinalBreak(ISwitchCaseOperation section, ILabelSymbol exit) =>
        section.Body.Length > 0 && IsBreakTo(section.Body[^1], exit) ? section.Body.Take(section.Body.Length - 1) : section.Body;

    private static bool IsBreakTo(IOperation operation, ILabelSymbol exit) =>
        operation is IBranchOperation { BranchKind: BranchKind.Break } branch && SymbolEqualityComparer.Default.Equals(branch.Target, exit);

    private static bool BreaksOutFromInside(ISwitchCaseOperation section, ILabelSymbol exit) =>
        WithoutFinalBreak(section, exit).SelectMany(o => o.DescendantsAndSelf()).Any(o => IsBreakTo(o, exit));
}

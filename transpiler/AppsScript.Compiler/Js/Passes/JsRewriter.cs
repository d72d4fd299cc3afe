using System.Collections.Generic;
using System.Linq;
using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Js.Passes;

/// <summary>
/// Rebuilds a JS tree bottom-up, giving each expression to <see cref="RewriteExpression"/> after its
/// children have been rewritten. Passes override that one method; nodes they leave alone are kept.
/// </summary>
internal abstract class JsRewriter
{
    protected virtual JsExpression RewriteExpression(JsExpression expression) => expression;

    public JsExpression Expression(JsExpression expression) => RewriteExpression(Children(expression));

    private JsExpression Children(JsExpression expression) => expression switch
    {
        JsArrayLiteral a => a with { Elements = List(a.Elements) },
        JsObjectLiteral o => o with { Members = o.Members.Select(Member).ToList() },
        JsTemplateLiteral t => t with { Expressions = List(t.Expressions) },
        JsMember m => m with { Object = Expression(m.Object) },
        JsIndex i => i with { Object = Expression(i.Object), Index = Expression(i.Index) },
        JsCall c => c with { Callee = Expression(c.Callee), Arguments = List(c.Arguments) },
        JsNew n => n with { Callee = Expression(n.Callee), Arguments = List(n.Arguments) },
        JsUnary u => u with { Operand = Expression(u.Operand) },
        JsUpdate u => u with { Operand = Expression(u.Operand) },
        JsBinary b => b with { Left = Expression(b.Left), Right = Expression(b.Right) },
        JsAssign a => a with { Target = Expression(a.Target), Value = Expression(a.Value) },
        JsConditional c => c with { Test = Expression(c.Test), Then = Expression(c.Then), Else = Expression(c.Else) },
        JsArrow a => a with { Parameters = a.Parameters.Select(Parameter).ToList(), Body = a.Body is JsBlock block ? Block(block) : Expression((JsExpression)a.Body) },
        JsFunctionExpression f => f with { Parameters = f.Parameters.Select(Parameter).ToList(), Body = Block(f.Body) },
        JsSequence s => s with { Expressions = List(s.Expressions) },
        JsSpread s => s with { Value = Expression(s.Value) },
        JsYield y => y with { Value = Expression(y.Value) },
        JsArrayPattern p => p with { Elements = p.Elements.Select(e => e is null ? null : Expression(e)).ToList() },
        _ => expression,
    };

    private List<JsExpression> List(IReadOnlyList<JsExpression> items) => items.Select(Expression).ToList();

    private JsObjectMember Member(JsObjectMember member) => member switch
    {
        JsProperty p => p with { Value = Expression(p.Value) },
        JsComputedProperty c => c with { Key = Expression(c.Key), Value = Expression(c.Value) },
        JsSpreadMember s => s with { Value = Expression(s.Value) },
        _ => member,
    };

    private JsParameter Parameter(JsParameter parameter) =>
        parameter.Default is null ? parameter : parameter with { Default = Expression(parameter.Default) };

    public JsBlock Block(JsBlock block) => block with { Body = block.Body.Select(Statement).ToList() };

    public JsStatement Statement(JsStatement statement) => statement switch
    {
        JsBlock b => Block(b),
        JsExpressionStatement e => e with { Expression = Expression(e.Expression) },
        JsVariableDeclaration d => d with { Declarators = d.Declarators.Select(x => x with { Target = Expression(x.Target), Init = x.Init is null ? null : Expression(x.Init) }).ToList() },
        JsReturn r => r with { Value = r.Value is null ? null : Expression(r.Value) },
        JsIf i => i with { Test = Expression(i.Test), Then = Statement(i.Then), Else = i.Else is null ? null : Statement(i.Else) },
        JsFor f => f with { Init = f.Init is null ? null : Statement(f.Init), Test = f.Test is null ? null : Expression(f.Test), Update = f.Update is null ? null : Expression(f.Update), Body = Statement(f.Body) },
        JsForOf f => f with { Target = Expression(f.Target), Iterable = Expression(f.Iterable), Body = Statement(f.Body) },
        JsWhile w => w with { Test = Expression(w.Test), Body = Statement(w.Body) },
        JsDoWhile d => d with { Body = Statement(d.Body), Test = Expression(d.Test) },
        JsThrow t => t with { Value = Expression(t.Value) },
        JsTry t => t with { Block = Block(t.Block), Handler = t.Handler is null ? null : Block(t.Handler), Finalizer = t.Finalizer is null ? null : Block(t.Finalizer) },
        JsSwitch s => s with { Discriminant = Expression(s.Discriminant), Cases = s.Cases.Select(c => c with { Test = c.Test is null ? null : Expression(c.Test), Body = c.Body.Select(Statement).ToList() }).ToList() },
        JsLabeled l => l with { Body = Statement(l.Body) },
        JsFunctionDeclaration f => f with { Body = Block(f.Body) },
        JsClassDeclaration c => c with { Members = c.Members.Select(m => m with { Body = Block(m.Body) }).ToList() },
        _ => statement,
    };
}

/// <summary>Replaces one particular node, found by reference, wherever it occurs.</summary>
internal sealed class JsNodeReplacer : JsRewriter
{
    private readonly JsExpression _target;
    private readonly JsExpression _replacement;

    public JsNodeReplacer(JsExpression target, JsExpression replacement)
    {
        _target = target;
        _replacement = replacement;
    }

    protected override JsExpression RewriteExpression(JsExpression expression) =>
        ReferenceEquals(expression, _target) ? _replacement : expression;
}

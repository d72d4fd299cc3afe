using System;
using System.Globalization;
using System.Linq;
using Acornima.Ast;
using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Tests.Printer;

/// <summary>
/// One S-expression form for our JS tree and for Acornima's, so that a printed tree can be parsed back and
/// compared with what was printed: equal forms mean the printer's parentheses kept the tree's structure.
/// </summary>
internal static class CanonicalForm
{
    public static string Of(JsExpression expression) => expression switch
    {
        JsIdentifier i => i.Name,
        JsNumberLiteral { Value: var v } when v < 0 || (v == 0 && double.IsNegative(v)) => $"(u- {Number(-v)})",
        JsNumberLiteral n => Number(n.Value),
        JsStringLiteral s => "str:" + Newtonsoft.Json.JsonConvert.ToString(s.Value),
        JsBooleanLiteral b => b.Value ? "true" : "false",
        JsNullLiteral => "null",
        JsThis => "this",
        JsBinary b => $"({b.Operator} {Of(b.Left)} {Of(b.Right)})",
        JsUnary u => $"(u{u.Operator} {Of(u.Operand)})",
        JsUpdate u => $"({u.Operator}{(u.Prefix ? "pre" : "post")} {Of(u.Operand)})",
        JsAssign a => $"({a.Operator} {Of(a.Target)} {Of(a.Value)})",
        JsConditional c => $"(? {Of(c.Test)} {Of(c.Then)} {Of(c.Else)})",
        JsCall c => $"(call{(c.Optional ? "?" : "")} {Of(c.Callee)}{Args(c.Arguments.Select(Of))})",
        JsNew n => $"(new {Of(n.Callee)}{Args(n.Arguments.Select(Of))})",
        JsMember m => $"(.{(m.Optional ? "?" : "")} {Of(m.Object)} {m.Name})",
        JsIndex i => $"([]{(i.Optional ? "?" : "")} {Of(i.Object)} {Of(i.Index)})",
        JsArrow a => $"(=> ({string.Join(" ", a.Parameters.Select(p => p.Name))}) {(a.Body is JsExpression e ? Of(e) : "block")})",
        JsSequence s => $"(,{Args(s.Expressions.Select(Of))})",
        JsArrayLiteral a => $"[{string.Join(" ", a.Elements.Select(Of))}]",
        JsObjectLiteral o => "{" + string.Join(" ", o.Members.Select(m => m switch
        {
            JsProperty p => $"{p.Key}:{Of(p.Value)}",
            JsSpreadMember s => $"...{Of(s.Value)}",
            JsComputedProperty c => $"[{Of(c.Key)}]:{Of(c.Value)}",
            _ => "?",
        })) + "}",
        JsTemplateLiteral t => "`" + string.Concat(t.Quasis.Select((q, i) => q + (i < t.Expressions.Count ? "${" + Of(t.Expressions[i]) + "}" : ""))) + "`",
        JsSpread s => $"(... {Of(s.Value)})",
        _ => throw new NotSupportedException(expression.GetType().Name),
    };

    public static string Of(Node node) => node switch
    {
        ChainExpression chain => Of(chain.Expression),
        Identifier i => i.Name,
        NumericLiteral n => Number((double)n.Value!),
        StringLiteral s => "str:" + Newtonsoft.Json.JsonConvert.ToString((string)s.Value!),
        BooleanLiteral b => (bool)b.Value! ? "true" : "false",
        NullLiteral => "null",
        ThisExpression => "this",
        LogicalExpression l => $"({LogicalExpression.OperatorToString(l.Operator)} {Of(l.Left)} {Of(l.Right)})",
        NonLogicalBinaryExpression b => $"({NonLogicalBinaryExpression.OperatorToString(b.Operator)} {Of(b.Left)} {Of(b.Right)})",
        UpdateExpression u => $"({UpdateExpression.OperatorToString(u.Operator)}{(u.Prefix ? "pre" : "post")} {Of(u.Argument)})",
        NonUpdateUnaryExpression u => $"(u{NonUpdateUnaryExpression.OperatorToString(u.Operator)} {Of(u.Argument)})",
        AssignmentExpression a => $"({AssignmentExpression.OperatorToString(a.Operator)} {Of(a.Left)} {Of(a.Right)})",
        ConditionalExpression c => $"(? {Of(c.Test)} {Of(c.Consequent)} {Of(c.Alternate)})",
        CallExpression c => $"(call{(c.Optional ? "?" : "")} {Of(c.Callee)}{Args(c.Arguments.Select(Of))})",
        NewExpression n => $"(new {Of(n.Callee)}{Args(n.Arguments.Select(Of))})",
        MemberExpression { Computed: true } m => $"([]{(m.Optional ? "?" : "")} {Of(m.Object)} {Of(m.Property)})",
        MemberExpression m => $"(.{(m.Optional ? "?" : "")} {Of(m.Object)} {((Identifier)m.Property).Name})",
        ArrowFunctionExpression a => $"(=> ({string.Join(" ", a.Params.Select(p => ((Identifier)p).Name))}) {(a.Body is Expression body ? Of(body) : "block")})",
        SequenceExpression s => $"(,{Args(s.Expressions.Select(Of))})",
        ArrayExpression a => $"[{string.Join(" ", a.Elements.Select(e => Of(e!)))}]",
        ObjectExpression o => "{" + string.Join(" ", o.Properties.Select(p => p switch
        {
            Property { Computed: true } c => $"[{Of(c.Key)}]:{Of(c.Value)}",
            Property { Key: Identifier k } n => $"{k.Name}:{Of(n.Value)}",
            Property { Key: StringLiteral k } n => $"{k.Value}:{Of(n.Value)}",
            SpreadElement s => $"...{Of(s.Argument)}",
            _ => "?",
        })) + "}",
        TemplateLiteral t => "`" + string.Concat(t.Quasis.Select((q, i) => q.Value.Cooked + (i < t.Expressions.Count ? "${" + Of(t.Expressions[i]) + "}" : ""))) + "`",
        SpreadElement s => $"(... {Of(s.Argument)})",
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static string Number(double value) => "num:" + value.ToString("R", CultureInfo.InvariantCulture);

    private static string Args(System.Collections.Generic.IEnumerable<string> items) => string.Concat(items.Select(i => " " + i));
}

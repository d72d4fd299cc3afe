using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Js.Passes;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// <c>a?.b</c>, <c>a?.M()</c>, <c>a?[i]</c>. The access is lowered against a placeholder receiver; when the
/// placeholder ends up as the object of the first member access or call, that access becomes JavaScript's
/// optional chain, which short-circuits the rest of the chain as C# does. Otherwise (a helper that takes
/// the receiver as an argument) it becomes an explicit null test.
/// </summary>
internal static class ConditionalAccess
{
    public static JsExpression Lower(IConditionalAccessOperation access, BodyLowerer body)
    {
        var receiver = body.Expression(access.Operation);
        var placeholder = new JsIdentifier("$receiver");
        body.PushConditionalReceiver(placeholder);
        JsExpression whenNotNull;
        try
        {
            whenNotNull = body.Expression(access.WhenNotNull);
        }
        finally
        {
            body.PopConditionalReceiver();
        }
        if (TryMakeOptional(whenNotNull, placeholder, receiver, out var chained) && !Contains(chained, placeholder)) return chained;
        var (first, again) = body.Reuse(receiver, "receiver");
        var substituted = new JsNodeReplacer(placeholder, again).Expression(whenNotNull);
        return new JsConditional(new JsBinary("==", first, new JsNullLiteral()), new JsNullLiteral(), substituted);
    }

    public static JsExpression Receiver(BodyLowerer body) => body.ConditionalReceiver;

    /// <summary>Rewrites the left spine so the access applied to the placeholder becomes an optional access of the receiver.</summary>
    private static bool TryMakeOptional(JsExpression expression, JsIdentifier placeholder, JsExpression receiver, out JsExpression result)
    {
        result = expression;
        switch (expression)
        {
            case JsMember member when ReferenceEquals(member.Object, placeholder):
                result = member with { Object = receiver, Optional = true };
                return true;
            case JsIndex index when ReferenceEquals(index.Object, placeholder):
                result = index with { Object = receiver, Optional = true };
                return true;
            case JsCall call when ReferenceEquals(call.Callee, placeholder):
                result = call with { Callee = receiver, Optional = true };
                return true;
            case JsMember member when TryMakeOptional(member.Object, placeholder, receiver, out var inner):
                result = member with { Object = inner };
                return true;
            case JsIndex index when TryMakeOptional(index.Object, placeholder, receiver, out var inner):
                result = index with { Object = inner };
                return true;
            case JsCall call when TryMakeOptional(call.Callee, placeholder, receiver, out var inner):
                result = call with { Callee = inner };
                return true;
            default:
                return false;
        }
    }

    private static bool Contains(JsExpression expression, JsIdentifier placeholder)
    {
        var finder = new Finder(placeholder);
        finder.Expression(expression);
        return finder.Found;
    }

    private sealed class Finder : JsRewriter
    {
        private readonly JsIdentifier _placeholder;

        public Finder(JsIdentifier placeholder)
        {
            _placeholder = placeholder;
        }

        public bool Found { get; private set; }

        protected override JsExpression RewriteExpression(JsExpression expression)
        {
            if (ReferenceEquals(expression, _placeholder)) Found = true;
            return expression;
        }
    }
}

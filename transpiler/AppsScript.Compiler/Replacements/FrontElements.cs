using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;
using Microsoft.CodeAnalysis.Operations;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// What Queue&lt;T&gt; and Stack&lt;T&gt; share: both are arrays whose first element is the one Dequeue or Pop
/// takes, so taking, peeking and their Try forms are the same code with the type's own empty message.
/// </summary>
internal static class FrontElements
{
    /// <summary><c>takeFirst_(items, "Queue empty.")</c>: shift, or .NET's InvalidOperationException when empty.</summary>
    public static JsExpression Remove(BclCall call, string emptyMessage) => call.Helper("takeFirst_", call.Receiver, new JsStringLiteral(emptyMessage));

    /// <summary><c>peekFirst_(items, "Queue empty.")</c>.</summary>
    public static JsExpression Peek(BclCall call, string emptyMessage) => call.Helper("peekFirst_", call.Receiver, new JsStringLiteral(emptyMessage));

    /// <summary><c>items.length > 0 ? (item = items.shift(), true) : (item = default, false)</c>.</summary>
    public static JsExpression TryRemove(BclCall call)
    {
        if (call.ArgumentOperation(0) is not IDiscardOperation) return WhenNotEmpty(call, items => Call(items, "shift"));
        var (first, again) = call.Body.Reuse(call.Receiver, "items");
        return new JsConditional(NotEmpty(first), new JsSequence(new JsExpression[] { Call(again, "shift"), new JsBooleanLiteral(true) }), new JsBooleanLiteral(false));
    }

    /// <summary><c>items.length > 0 ? (item = items[0], true) : (item = default, false)</c>.</summary>
    public static JsExpression TryPeek(BclCall call) => WhenNotEmpty(call, items => new JsIndex(items, Number(0)));

    private static JsExpression WhenNotEmpty(BclCall call, System.Func<JsExpression, JsExpression> value)
    {
        var (first, again) = call.Body.Reuse(call.Receiver, "items");
        return OutArguments.WhenFound(call, 0, NotEmpty(first), value(again));
    }

    private static JsExpression NotEmpty(JsExpression items) => new JsBinary(">", new JsMember(items, "length"), Number(0));
}

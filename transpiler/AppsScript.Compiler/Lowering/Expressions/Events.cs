using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// Events: a field-like event is a field holding its (multicast) delegate, null without handlers, which the class
/// raises as it calls a delegate field (<c>this.added?.(track)</c>) and which <c>+=</c> and <c>-=</c> combine in
/// place; an event with accessors of its own is its add and remove methods (<c>addChanged(handler)</c>).
/// </summary>
internal static class Events
{
    public static JsExpression Reference(IEventReferenceOperation reference, BodyLowerer body)
    {
        body.Reference(reference.Event);
        return MemberAccess.Key(MemberAccess.Receiver(reference.Instance, reference.Event, body), body.Semantics.MemberName(reference.Event));
    }

    public static JsExpression Assignment(IEventAssignmentOperation assignment, BodyLowerer body)
    {
        var reference = (IEventReferenceOperation)assignment.EventReference;
        var @event = reference.Event;
        body.Reference(@event);
        var receiver = MemberAccess.Receiver(reference.Instance, @event, body);
        if (ScriptSemantics.IsFieldLike(@event.OriginalDefinition))
        {
            var (first, again) = body.Reuse(receiver, "target");
            var name = body.Semantics.MemberName(@event);
            return new JsAssign("=", MemberAccess.Key(first, name), Delegates.Combine(assignment.Adds, MemberAccess.Key(again, name), body.Expression(assignment.HandlerValue), body));
        }
        var adder = body.Semantics.MemberName(@event);
        var method = assignment.Adds ? adder : ScriptSemantics.EventRemoverName(adder);
        return new JsCall(new JsMember(receiver, method), new[] { body.Expression(assignment.HandlerValue) });
    }
}

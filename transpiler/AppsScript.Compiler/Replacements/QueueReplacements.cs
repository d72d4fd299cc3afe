using AppsScript.Compiler.Js.Ast;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Queue&lt;T&gt; as a JavaScript array whose first element is the front, so that enumerating it, LINQ and
/// ToArray see .NET's order (front to back) with no conversion. Enqueue is push, Dequeue shift.
/// </summary>
internal static class QueueReplacements
{
    private const string Queue = "System.Collections.Generic.Queue`1";
    private const string Empty = "Queue empty.";

    public static void Register(ReplacementTable table)
    {
        table.Add(new[] { $"M:{Queue}.#ctor", $"M:{Queue}.#ctor(System.Int32)" }, _ => Sequences.Empty);
        table.Add($"M:{Queue}.#ctor(System.Collections.Generic.IEnumerable{{`0}})", call => OwnArray(call.ArgumentOperation(0)!, call.Body));

        table.Add($"P:{Queue}.Count", call => call.Member("length"));
        table.Add($"M:{Queue}.Enqueue(`0)", call => call.CallOnReceiver("push", call.Arg(0)));
        table.Add($"M:{Queue}.Dequeue", call => FrontElements.Remove(call, Empty));
        table.Add($"M:{Queue}.Peek", call => FrontElements.Peek(call, Empty));
        table.Add($"M:{Queue}.TryDequeue(`0@)", call => FrontElements.TryRemove(call));
        table.Add($"M:{Queue}.TryPeek(`0@)", call => FrontElements.TryPeek(call));
        table.Add($"M:{Queue}.Contains(`0)", call => Contains(call, call.Receiver, 0, ListReplacements.ElementType(call), "Contains"));
        table.Add($"M:{Queue}.Clear", call => new JsAssign("=", call.Member("length"), Number(0)));
        table.Add($"M:{Queue}.ToArray", call => call.CallOnReceiver("slice"));
    }
}

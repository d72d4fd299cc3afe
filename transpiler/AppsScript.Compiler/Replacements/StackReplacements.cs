using AppsScript.Compiler.Js.Ast;
using static AppsScript.Compiler.Replacements.Sequences;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Stack&lt;T&gt; as a JavaScript array whose first element is the top, so that enumerating it, LINQ and
/// ToArray see .NET's order (top to bottom) with no conversion. Push is unshift, Pop shift; a stack made
/// from a sequence pushes its elements in order, so the last one is on top.
/// </summary>
internal static class StackReplacements
{
    private const string Stack = "System.Collections.Generic.Stack`1";
    private const string Empty = "Stack empty.";

    public static void Register(ReplacementTable table)
    {
        table.Add(new[] { $"M:{Stack}.#ctor", $"M:{Stack}.#ctor(System.Int32)" }, _ => Sequences.Empty);
        table.Add($"M:{Stack}.#ctor(System.Collections.Generic.IEnumerable{{`0}})",
            call => Call(OwnArray(call.ArgumentOperation(0)!, call.Body), "reverse"));

        table.Add($"P:{Stack}.Count", call => call.Member("length"));
        table.Add($"M:{Stack}.Push(`0)", call => call.CallOnReceiver("unshift", call.Arg(0)));
        table.Add($"M:{Stack}.Pop", call => FrontElements.Remove(call, Empty));
        table.Add($"M:{Stack}.Peek", call => FrontElements.Peek(call, Empty));
        table.Add($"M:{Stack}.TryPop(`0@)", call => FrontElements.TryRemove(call));
        table.Add($"M:{Stack}.TryPeek(`0@)", call => FrontElements.TryPeek(call));
        table.Add($"M:{Stack}.Contains(`0)", call => Contains(call, call.Receiver, 0, ListReplacements.ElementType(call), "Contains"));
        table.Add($"M:{Stack}.Clear", call => new JsAssign("=", call.Member("length"), Number(0)));
        table.Add($"M:{Stack}.ToArray", call => call.CallOnReceiver("slice"));
    }
}

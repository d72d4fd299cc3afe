using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Delegate and EventArgs members. A delegate is a function, combined ones a function over an immutable list of
/// handlers (<c>multicast_</c>), whose list <c>GetInvocationList</c> gives; EventArgs is a helper class the
/// program's event data classes derive from, <c>EventArgs.Empty</c> its one shared instance.
/// </summary>
internal static class DelegateReplacements
{
    public static void Register(ReplacementTable table)
    {
        table.Add(new[] { "M:System.Delegate.GetInvocationList", "M:System.MulticastDelegate.GetInvocationList" }, call => call.Helper("invocationList_", call.Receiver));
        table.Add("F:System.EventArgs.Empty", call => new JsMember(call.Body.Helper("EventArgs"), "Empty"));
        table.Add("M:System.EventArgs.#ctor", call => new JsNew(call.Body.Helper("EventArgs"), System.Array.Empty<JsExpression>()));
    }
}

using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>System.Collections.Generic.List&lt;T&gt; as a JavaScript array.</summary>
internal static class ListReplacements
{
    public static void Register(ReplacementTable table)
    {
        table.Add("M:System.Collections.Generic.List`1.#ctor", _ => new JsArrayLiteral(System.Array.Empty<JsExpression>()));
        table.Add("M:System.Collections.Generic.List`1.Add(`0)", call => call.CallOnReceiver("push", call.Arg(0)));
        table.Add("P:System.Collections.Generic.List`1.Count", call => call.Member("length"));
        table.Add("P:System.Collections.Generic.List`1.Item(System.Int32)", call => new JsIndex(call.Receiver, call.Arg(0)));
        table.AddAssignable("P:System.Collections.Generic.List`1.Item(System.Int32)", call => new JsIndex(call.Receiver, call.Arg(0)));
    }
}

using AppsScript.Compiler.Lowering.Expressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>
/// Enumerators driven by hand (<c>using var e = items.GetEnumerator(); while (e.MoveNext()) … e.Current</c>). An
/// enumerator is an object with <c>moveNext()</c>, <c>current</c> and <c>dispose()</c>: the program's own class that
/// implements IEnumerator&lt;T&gt;, or <c>enumerator_</c>'s over a JavaScript iterator, so that one call reaches
/// either. GetEnumerator of a class of the program is its own method; of any other sequence it is enumerator_'s.
/// </summary>
internal static class EnumeratorReplacements
{
    private const string ListEnumerator = "System.Collections.Generic.List`1.Enumerator";

    public static void Register(ReplacementTable table)
    {
        // enumerator_ enumerates any iterable lazily, so an iterator's sequence needs no lowering of its own.
        const string getEnumerator = "M:System.Collections.Generic.IEnumerable`1.GetEnumerator";
        table.Add(getEnumerator, call => call.Helper("enumerator_", call.Receiver));
        table.AddOverLazyAsIs(getEnumerator);
        table.Add("M:System.Collections.Generic.List`1.GetEnumerator", call => call.Helper("enumerator_", call.Receiver));
        table.Add("M:System.Collections.Generic.HashSet`1.GetEnumerator", call => call.Helper("enumerator_", call.Receiver));
        table.Add("M:System.Collections.Generic.Dictionary`2.GetEnumerator",
            call => call.Helper("enumerator_", Conversions.AsArray(call.ReceiverOperation!, call.Body)));

        table.Add(new[] { "M:System.Collections.IEnumerator.MoveNext", $"M:{ListEnumerator}.MoveNext", "M:System.Collections.Generic.HashSet`1.Enumerator.MoveNext",
            "M:System.Collections.Generic.Dictionary`2.Enumerator.MoveNext" }, call => call.CallOnReceiver("moveNext"));
        table.Add(new[] { "P:System.Collections.Generic.IEnumerator`1.Current", $"P:{ListEnumerator}.Current", "P:System.Collections.Generic.HashSet`1.Enumerator.Current",
            "P:System.Collections.Generic.Dictionary`2.Enumerator.Current" }, call => call.Member("current"));
        table.Add(new[] { "M:System.IDisposable.Dispose", $"M:{ListEnumerator}.Dispose", "M:System.Collections.Generic.HashSet`1.Enumerator.Dispose",
            "M:System.Collections.Generic.Dictionary`2.Enumerator.Dispose" }, call => call.CallOnReceiver("dispose"));
    }
}

using System.Linq;
using AppsScript.Compiler.Js.Ast;
using AppsScript.Compiler.Lowering.Expressions;

namespace AppsScript.Compiler.Replacements;

/// <summary>Console.WriteLine → console.log, with the argument formatted as .NET formats it.</summary>
internal static class ConsoleReplacements
{
    public static void Register(ReplacementTable table)
    {
        table.Add("M:System.Console.WriteLine", _ => Log(new JsStringLiteral("")));
        table.Add(new[]
        {
            "M:System.Console.WriteLine(System.String)", "M:System.Console.WriteLine(System.Object)", "M:System.Console.WriteLine(System.Int32)",
            "M:System.Console.WriteLine(System.Int64)", "M:System.Console.WriteLine(System.Double)", "M:System.Console.WriteLine(System.Boolean)",
            "M:System.Console.WriteLine(System.Char)",
        }, call => Log(Strings.Display(call.ArgumentOperation(0)!, call.Body)));
        table.Add(new[]
        {
            "M:System.Console.WriteLine(System.String,System.Object)", "M:System.Console.WriteLine(System.String,System.Object,System.Object)",
            "M:System.Console.WriteLine(System.String,System.Object,System.Object,System.Object)", "M:System.Console.WriteLine(System.String,System.Object[])",
            "M:System.Console.WriteLine(System.String,System.ReadOnlySpan{System.Object})",
        }, call => Log(CompositeFormat.Lower(call.ArgumentOperation(0)!,
            CompositeFormat.Items(Enumerable.Range(1, call.ArgumentCount - 1).Select(call.ArgumentOperation).ToList()), call.Operation, "Console.WriteLine", call.Body)));
    }

    private static JsExpression Log(JsExpression text) => new JsCall(new JsMember(new JsIdentifier("console"), "log"), new[] { text });
}

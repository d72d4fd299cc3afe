using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>System.String members.</summary>
internal static class StringReplacements
{
    public static void Register(ReplacementTable table)
    {
        table.Add("P:System.String.Length", call => call.Member("length"));
    }
}

using AppsScript.Compiler.Js.Ast;

namespace AppsScript.Compiler.Replacements;

/// <summary>System.Math.</summary>
internal static class MathReplacements
{
    public static void Register(ReplacementTable table)
    {
        table.Add("M:System.Math.Round(System.Double,System.Int32)", call => call.Helper("roundHalfEven_", call.Arg(0), call.Arg(1)));
    }
}

namespace AppsScript.Compiler.Replacements;

internal static class MathReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

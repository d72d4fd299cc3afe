namespace AppsScript.Compiler.Replacements;

internal static class NumberReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

namespace AppsScript.Compiler.Replacements;

internal static class StringReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

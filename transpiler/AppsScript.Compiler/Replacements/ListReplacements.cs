namespace AppsScript.Compiler.Replacements;

internal static class ListReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

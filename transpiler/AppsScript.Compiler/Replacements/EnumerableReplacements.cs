namespace AppsScript.Compiler.Replacements;

internal static class EnumerableReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

namespace AppsScript.Compiler.Replacements;

internal static class ArrayReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

namespace AppsScript.Compiler.Replacements;

internal static class CharReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

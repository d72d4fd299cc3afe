namespace AppsScript.Compiler.Replacements;

internal static class DictionaryReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

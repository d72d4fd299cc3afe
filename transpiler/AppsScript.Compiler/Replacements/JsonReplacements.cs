namespace AppsScript.Compiler.Replacements;

internal static class JsonReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

namespace AppsScript.Compiler.Replacements;

internal static class ObjectReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

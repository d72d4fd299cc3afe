namespace AppsScript.Compiler.Replacements;

internal static class HashSetReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

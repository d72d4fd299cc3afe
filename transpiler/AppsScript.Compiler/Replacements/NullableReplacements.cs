namespace AppsScript.Compiler.Replacements;

internal static class NullableReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

namespace AppsScript.Compiler.Replacements;

internal static class TupleReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

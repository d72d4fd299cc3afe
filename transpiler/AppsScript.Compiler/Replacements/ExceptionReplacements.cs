namespace AppsScript.Compiler.Replacements;

internal static class ExceptionReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

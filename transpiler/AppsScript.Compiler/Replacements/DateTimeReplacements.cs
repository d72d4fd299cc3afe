namespace AppsScript.Compiler.Replacements;

internal static class DateTimeReplacements
{
    public static void Register(ReplacementTable table)
    {
    }
}

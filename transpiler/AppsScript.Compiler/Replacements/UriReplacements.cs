namespace AppsScript.Compiler.Replacements;

/// <summary>
/// System.Uri.EscapeDataString, for building query strings and form bodies: it percent-encodes everything but
/// RFC 3986's unreserved characters, where JavaScript's encodeURIComponent also keeps <c>!'()*</c> and throws on a
/// lone surrogate, which .NET encodes as U+FFFD; hence a helper.
/// </summary>
internal static class UriReplacements
{
    public static void Register(ReplacementTable table)
    {
        table.Add("M:System.Uri.EscapeDataString(System.String)", call => call.Helper("escapeDataString_", call.Arg(0)));
    }
}

namespace AppsScript.Compiler.Lowering.Expressions;

/// <summary>
/// The DateTime and TimeSpan format strings that formatDateTime_ and formatTimeSpan_ format as .NET does with the
/// invariant culture, decided when compiling: a format .NET rejects with a FormatException (an unclosed quote, a
/// trailing \, "%%", more than seven f, a TimeSpan pattern with an unescaped literal) and DateTime's z, the
/// machine's UTC offset, are errors rather than a different result at run time. A DateTimeOffset formats as a
/// DateTime does, with its offset (+00:00 wherever the compiler lets one be formatted) for z and K.
/// </summary>
internal static class DateTimeFormats
{
    public const string DateTimeSupported = "the standard formats d, D, f, F, g, G, M, O, R, s, t, T, u, U and Y, and custom patterns of d, M, y, h, H, m, s, "
        + "f and F (at most 7), t, g, K, : and /, 'quoted' text, \\ escapes, % before one specifier, and literal characters (not z, the machine's UTC offset)";

    public const string TimeSpanSupported = "the standard formats c, t, T, g and G, and custom patterns of d (at most 8), h, m and s (at most 2), f and F (at most 7), "
        + "'quoted' text, \\ escapes and % before one specifier";

    public const string DateTimeOffsetSupported = "the standard formats d, D, f, F, g, G, M, O, R, s, t, T, u and Y, and the custom patterns of a DateTime, "
        + "with z, zz and zzz (+0, +00, +00:00)";

    public static bool IsSupportedDateTime(string format) => format.Length == 1 ? "dDfFgGmMoOrRstTuUyY".Contains(format[0]) : IsCustom(format, timeSpan: false, offset: false);

    /// <summary>A DateTimeOffset's formats: a DateTime's, less U (a FormatException for it), and z, its offset.</summary>
    public static bool IsSupportedDateTimeOffset(string format) => format.Length == 1 ? "dDfFgGmMoOrRstTuyY".Contains(format[0]) : IsCustom(format, timeSpan: false, offset: true);

    public static bool IsSupportedTimeSpan(string format) => format.Length == 1 ? "ctTgG".Contains(format[0]) : IsCustom(format, timeSpan: true, offset: false);

    /// <summary>Reads a custom pattern as .NET does and tells whether each part of it formats.</summary>
    private static bool IsCustom(string format, bool timeSpan, bool offset)
    {
        var i = 0;
        while (i < format.Length)
        {
            var ch = format[i];
            switch (ch)
            {
                case '\'' or '"':
                    var end = i + 1;
                    while (end < format.Length && format[end] != ch) end += format[end] == '\\' ? 2 : 1;
                    if (end >= format.Length) return false;
                    i = end + 1;
                    continue;
                case '\\':
                    if (i + 1 >= format.Length) return false;
                    i += 2;
                    continue;
                case '%':
                    if (i + 1 >= format.Length || format[i + 1] is '%' or '\'' or '"' or '\\' || !IsCustom(format[i + 1].ToString(), timeSpan, offset)) return false;
                    i += 2;
                    continue;
            }
            var length = 1;
            while (i + length < format.Length && format[i + length] == ch) length++;
            if (!IsRun(ch, length, timeSpan, offset)) return false;
            i += length;
        }
        return true;
    }

    private static bool IsRun(char ch, int length, bool timeSpan, bool offset) => timeSpan
        ? ch switch
        {
            'd' => length <= 8,
            'h' or 'm' or 's' => length <= 2,
            'f' or 'F' => length <= 7,
            _ => false,
        }
        : ch switch
        {
            'z' => offset,
            'f' or 'F' => length <= 7,
            _ => true,
        };
}

using System;
using System.Globalization;
using System.Text;

namespace AppsScript.Emulator.Services.Utilities;

/// <summary>
/// <c>Utilities.formatDate</c>'s patterns, which are Java's <c>SimpleDateFormat</c> ones (US English names):
/// letters repeat for width or text form, <c>'...'</c> quotes text and <c>''</c> is a quote.
/// </summary>
internal static class JavaDateFormat
{
    /// <param name="zoneId">A Java time zone id; one Java does not know is GMT, as <c>TimeZone.getTimeZone</c> has it.</param>
    public static string Format(DateTimeOffset instant, string zoneId, string pattern)
    {
        var zone = AppsScript.Emulator.Runtime.ScriptTimeZones.FindOrGmt(zoneId);
        var zoneName = zone == TimeZoneInfo.Utc ? (zoneId is "UTC" or "Etc/UTC" ? "UTC" : "GMT") : null;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var text = new StringBuilder();
        for (var index = 0; index < pattern.Length;)
        {
            var letter = pattern[index];
            if (letter == '\'')
            {
                index = Quoted(pattern, index, text);
                continue;
            }
            if (!char.IsAsciiLetter(letter))
            {
                text.Append(letter);
                index++;
                continue;
            }
            var count = 1;
            while (index + count < pattern.Length && pattern[index + count] == letter) count++;
            text.Append(Field(letter, count, local, zoneName));
            index += count;
        }
        return text.ToString();
    }

    /// <summary>Copies the quoted text starting at <paramref name="start"/> (<c>''</c> is a quote, inside quotes or out) and returns the index after it.</summary>
    private static int Quoted(string pattern, int start, StringBuilder text)
    {
        if (start + 1 < pattern.Length && pattern[start + 1] == '\'')
        {
            text.Append('\'');
            return start + 2;
        }
        for (var index = start + 1; index < pattern.Length; index++)
        {
            if (pattern[index] != '\'')
            {
                text.Append(pattern[index]);
            }
            else if (index + 1 < pattern.Length && pattern[index + 1] == '\'')
            {
                text.Append('\'');
                index++;
            }
            else
            {
                return index + 1;
            }
        }
        throw AppsScriptException.InvalidArgument("format");
    }

    private static string Field(char letter, int count, DateTimeOffset local, string? zoneName) => letter switch
    {
        'G' => "AD",
        'y' or 'Y' => count == 2 ? Number(local.Year % 100, 2) : Number(local.Year, count),
        'M' or 'L' => count >= 4 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(local.Month)
            : count == 3 ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(local.Month)
            : Number(local.Month, count),
        'd' => Number(local.Day, count),
        'D' => Number(local.DayOfYear, count),
        'F' => Number((local.Day - 1) / 7 + 1, count),
        'w' => Number(WeekOfYear(local), count),
        'W' => Number(WeekOfMonth(local), count),
        'E' => count >= 4 ? local.DayOfWeek.ToString() : local.DayOfWeek.ToString()[..3],
        'u' => Number(local.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)local.DayOfWeek, count),
        'a' => local.Hour < 12 ? "AM" : "PM",
        'H' => Number(local.Hour, count),
        'k' => Number(local.Hour == 0 ? 24 : local.Hour, count),
        'K' => Number(local.Hour % 12, count),
        'h' => Number(local.Hour % 12 == 0 ? 12 : local.Hour % 12, count),
        'm' => Number(local.Minute, count),
        's' => Number(local.Second, count),
        'S' => Number(local.Millisecond, count),
        // Java names a zone it has no abbreviation for by its offset (GMT+01:00); UTC and GMT keep their names.
        'z' => zoneName ?? "GMT" + Offset(local.Offset, ":"),
        'Z' => Offset(local.Offset, ""),
        'X' => local.Offset == TimeSpan.Zero ? "Z" : count == 1 ? Offset(local.Offset, "")[..3] : Offset(local.Offset, count == 2 ? "" : ":"),
        _ => throw AppsScriptException.InvalidArgument("format"),
    };

    private static string Number(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    private static string Offset(TimeSpan offset, string separator)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var absolute = offset.Duration();
        return $"{sign}{absolute.Hours:00}{separator}{absolute.Minutes:00}";
    }

    // Java's US calendar: weeks start on Sunday and week 1 is the week holding January 1.
    private static int WeekOfYear(DateTimeOffset local)
    {
        var firstDay = new DateTime(local.Year, 1, 1);
        return (local.DayOfYear - 1 + (int)firstDay.DayOfWeek) / 7 + 1;
    }

    private static int WeekOfMonth(DateTimeOffset local)
    {
        var firstDay = new DateTime(local.Year, local.Month, 1);
        return (local.Day - 1 + (int)firstDay.DayOfWeek) / 7 + 1;
    }
}

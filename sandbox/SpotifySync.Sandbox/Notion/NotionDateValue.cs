using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace SpotifySync.Sandbox.Notion;

/// <summary>
/// ISO 8601 dates and date-times as Notion reads and writes them: a date stays a date; a date-time is kept to the
/// minute with its offset (<c>2026-09-19T21:34:00.000+00:00</c>), UTC when none is given.
/// </summary>
internal static class NotionDateValue
{
    public static string Normalize(JsonNode? value, string path)
    {
        if (value is JsonValue json && json.TryGetValue(out string? text))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return text;
            if (TryParseTime(text, out var time)) return time.ToString("yyyy-MM-dd'T'HH:mm':00.000'zzz", CultureInfo.InvariantCulture);
        }
        throw NotionError.Body(path, "should be a valid ISO 8601 date string", value);
    }

    /// <summary>A date or date-time as an instant and whether it carried a time (a date alone is midnight UTC).</summary>
    public static bool TryParse(string text, out DateTimeOffset instant, out bool hasTime)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            instant = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            hasTime = false;
            return true;
        }
        hasTime = true;
        return TryParseTime(text, out instant);
    }

    /// <summary>The calendar day of a stored value, as written (a date-time's day in its own offset).</summary>
    public static DateOnly Day(string text) => DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryParseTime(string text, out DateTimeOffset time)
    {
        time = default;
        return text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }
}

using System;
using System.Globalization;

namespace SpotifySync.Sandbox.Notion;

/// <summary>How Notion writes times: UTC with milliseconds and a <c>Z</c>; page and data source timestamps are kept to the minute.</summary>
internal static class NotionTimestamps
{
    public static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ToMinute(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
    }
}

using System;
using System.Globalization;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00Z"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00.5Z"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00.123Z"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00.25+02:00"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00-05:30"));
        Show(DateTimeOffset.Parse("2026-11-23T01:00:00+14:00"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00+0100"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00+01"));
        Show(DateTimeOffset.Parse("2026-11-23 10:00:00Z"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00Z"));
        Show(DateTimeOffset.Parse("2026-11-23t10:00:00z"));
        Show(DateTimeOffset.Parse("  2026-11-23T10:00:00Z  "));
        Show(DateTimeOffset.Parse("2026-11-23Z"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00,75Z"));
        Show(DateTimeOffset.Parse("2024-02-29T23:59:59.999-00:00"));
        Show(DateTimeOffset.Parse("1969-12-31T23:59:59Z"));
        Show(DateTimeOffset.Parse("0001-01-01T10:00:00+09:00"));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00+01:00", CultureInfo.InvariantCulture));

        // Without an offset the text is UTC when parsed with AssumeUniversal.
        var styles = DateTimeStyles.AssumeUniversal;
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        Show(DateTimeOffset.Parse("2026-11-23", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00+03:00", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00.5", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
        Show(DateTimeOffset.Parse("2026-11-23T10:00:00Z", CultureInfo.InvariantCulture, DateTimeStyles.None));

        var addedAt = "2025-06-01T12:34:56Z";
        var parsed = DateTimeOffset.Parse(addedAt).UtcDateTime;
        Console.WriteLine($"{parsed:yyyy-MM-dd} {parsed.Hour}:{parsed.Minute} {parsed.DayOfWeek} round trip {parsed.ToString("yyyy-MM-ddTHH:mm:ssZ") == addedAt}");
    }

    private static void Show(DateTimeOffset value) =>
        Console.WriteLine($"{value.UtcDateTime.ToString("o")} {value.ToUnixTimeMilliseconds()}");
}

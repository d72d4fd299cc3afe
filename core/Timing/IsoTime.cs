using System;
using System.Globalization;

namespace SpotifySync.Core.Timing;

/// <summary>UTC times as ISO 8601 text, the form the store, Spotify and Notion all use.</summary>
public static class IsoTime
{
    /// <summary>The time to the millisecond, such as <c>2026-02-23T13:28:26.000Z</c>.</summary>
    public static string Format(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    /// <summary>The UTC time of ISO 8601 text (with an offset, or UTC without one), or null when the text is none.</summary>
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.UtcDateTime : null;
    }
}

using SpotifySync.Core.Notion.Model;

namespace SpotifySync.Core.Tracks;

/// <summary>Spotify release dates, given to the year, month or day, as Notion dates (the first day of the year or month).</summary>
public static class ReleaseDates
{
    /// <summary>
    /// The Notion date of <paramref name="releaseDate"/> at <paramref name="precision"/> (<c>year</c>, <c>month</c>,
    /// <c>day</c>; inferred from the length when missing): <c>1999</c> is 1999-01-01, <c>2019-07</c> 2019-07-01. Null
    /// for a date that is missing, malformed or of year 0000 (Spotify's "unknown").
    /// </summary>
    public static NotionDateValue? ToNotionDate(string? releaseDate, string? precision)
    {
        if (releaseDate is null) return null;
        var kind = precision ?? (releaseDate.Length == 4 ? "year" : releaseDate.Length == 7 ? "month" : "day");
        var date = kind switch
        {
            "year" when releaseDate.Length >= 4 => releaseDate.Substring(0, 4) + "-01-01",
            "month" when releaseDate.Length >= 7 => releaseDate.Substring(0, 7) + "-01",
            "day" => releaseDate,
            _ => "",
        };
        return IsCalendarDate(date) ? new NotionDateValue { Start = date } : null;
    }

    /// <summary>True for <c>YYYY-MM-DD</c> of a year from 1, a month from 1 to 12 and a day from 1 to 31.</summary>
    private static bool IsCalendarDate(string date)
    {
        if (date.Length != 10 || date[4] != '-' || date[7] != '-') return false;
        if (!int.TryParse(date.Substring(0, 4), out var year) || !int.TryParse(date.Substring(5, 2), out var month) || !int.TryParse(date.Substring(8, 2), out var day)) return false;
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
}

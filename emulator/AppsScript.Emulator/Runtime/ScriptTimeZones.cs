using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AppsScript.Emulator.Runtime;

/// <summary>Time zones as Java names them: IANA ids, <c>UTC</c>, <c>GMT</c> and custom ids like <c>GMT+05:30</c>.</summary>
internal static partial class ScriptTimeZones
{
    /// <summary>The zone an IANA or Java custom id names; an unknown id is an error.</summary>
    public static TimeZoneInfo Find(string id) =>
        TryFind(id) ?? throw new ArgumentException($"Unknown time zone \"{id}\".", nameof(id));

    /// <summary>
    /// The zone for an id the way Java's <c>TimeZone.getTimeZone</c> reads it, which
    /// <c>Utilities.formatDate</c> uses: an id it does not know is GMT.
    /// </summary>
    public static TimeZoneInfo FindOrGmt(string id) => TryFind(id) ?? TimeZoneInfo.Utc;

    private static TimeZoneInfo? TryFind(string id)
    {
        if (id is "UTC" or "GMT" or "Etc/UTC" or "Etc/GMT") return TimeZoneInfo.Utc;
        var custom = CustomId().Match(id);
        if (custom.Success)
        {
            var hours = int.Parse(custom.Groups["hours"].Value, CultureInfo.InvariantCulture);
            var minutes = custom.Groups["minutes"].Success ? int.Parse(custom.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
            if (hours > 23 || minutes > 59) return null;
            var offset = new TimeSpan(hours, minutes, 0) * (custom.Groups["sign"].Value == "-" ? -1 : 1);
            return TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
        }
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    [GeneratedRegex(@"^GMT(?<sign>[+-])(?<hours>\d{1,2})(:?(?<minutes>\d{2}))?$")]
    private static partial Regex CustomId();
}

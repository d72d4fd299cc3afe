using System;
using System.Globalization;
using Jint.Runtime;

namespace AppsScript.Emulator.Time;

/// <summary>What <c>new Date()</c> and <c>Date.now()</c> read inside an execution: the environment's clock, in the script's time zone.</summary>
internal sealed class ScriptTimeSystem(TimeProvider clock, TimeZoneInfo timeZone) : ITimeSystem
{
    private readonly DefaultTimeSystem _calendar = new(timeZone, CultureInfo.InvariantCulture);

    public TimeZoneInfo DefaultTimeZone => _calendar.DefaultTimeZone;

    public DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public bool TryParse(string date, out long epochMilliseconds) => _calendar.TryParse(date, out epochMilliseconds);

    public TimeSpan GetUtcOffset(long epochMilliseconds) => _calendar.GetUtcOffset(epochMilliseconds);
}

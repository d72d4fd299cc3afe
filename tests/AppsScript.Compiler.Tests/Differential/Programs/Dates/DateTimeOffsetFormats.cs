using System;
using System.Globalization;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var instants = new[] { 0L, 1_700_000_000_123L, 951_782_400_000L, 4_102_444_799_999L };
        foreach (var milliseconds in instants)
        {
            Console.WriteLine(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("o") + " | " + DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString());
            Console.WriteLine($"{DateTimeOffset.FromUnixTimeMilliseconds(milliseconds):yyyy-MM-ddTHH:mm:ss.fffK} | {DateTimeOffset.FromUnixTimeMilliseconds(milliseconds):u} | {DateTimeOffset.FromUnixTimeMilliseconds(milliseconds):R}");
            Console.WriteLine(DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("dddd, MMMM d, yyyy h:mm tt z zz zzz") + " | " + DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("s", CultureInfo.InvariantCulture));
            Console.WriteLine(DateTimeOffset.FromUnixTimeSeconds(milliseconds / 1000).AddHours(36).ToString("G") + " | " + DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).AddDays(-1).ToString("O")
                + " | " + DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString(CultureInfo.InvariantCulture) + " | " + (DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) + TimeSpan.FromMinutes(90)).ToString("t"));
        }
        var parsed = DateTimeOffset.Parse("2026-03-04T05:06:07+02:00", CultureInfo.InvariantCulture);
        Console.WriteLine("in UTC: " + parsed.ToUniversalTime().ToString("o") + " " + parsed.ToUniversalTime().ToString("yyyy-MM-dd HH:mm zzz"));
        Console.WriteLine("UtcNow has offset +00:00: " + DateTimeOffset.UtcNow.ToString("zzz") + " " + DateTimeOffset.UtcNow.ToString("%K").Length);
    }
}

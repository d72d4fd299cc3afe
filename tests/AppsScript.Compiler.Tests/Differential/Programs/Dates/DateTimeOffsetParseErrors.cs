using System;
using System.Globalization;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        string[] inputs =
        {
            "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-01-32T00:00:00Z", "0000-01-01T00:00:00Z",
            "2026-01-01T24:00:00Z", "2026-01-01T10:60:00Z", "2026-01-01T10:00:60Z", "2026-01-01T10:00:00+15:00",
            "2026-01-01T10:00:00-14:01", "2026-01-01T10:00:00+01:60", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
            "2026-01-01T10Z", "2026-01-01T1:2:3Z", "20260101T100000Z", "2026-01-01T10:00:00.Z", "2026-01-01T10:00:00ZZ",
            "2026-01-01T10:00:00+02:00Z", "2026-01-01T10:00:00UTC", "", "2026-01-01T10:00:00Z",
        };
        foreach (var input in inputs)
        {
            try
            {
                Console.WriteLine($"[{input}] parsed {DateTimeOffset.Parse(input).UtcDateTime.ToString("o")}");
            }
            catch (FormatException e)
            {
                Console.WriteLine($"[{input}] FormatException: {e.Message}");
            }
            var ok = DateTimeOffset.TryParse(input, out var value);
            Console.WriteLine($"  TryParse {ok} {value.UtcDateTime.ToString("s")}");
            var okUtc = DateTimeOffset.TryParse(input, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var utc);
            Console.WriteLine($"  TryParse AssumeUniversal {okUtc} {utc.ToUnixTimeSeconds()}");
        }
        try
        {
            string? missing = null;
            DateTimeOffset.Parse(missing!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("ArgumentNullException: " + e.Message);
        }
        string? none = null;
        Console.WriteLine(DateTimeOffset.TryParse(none, out var nothing) + " " + nothing.ToUnixTimeMilliseconds());
        Console.WriteLine(DateTimeOffset.TryParse("2026-05-05T05:05:05+05:00", out _));
        if (DateTimeOffset.TryParse("2026-05-05T05:05:05.5-01:00", CultureInfo.InvariantCulture, out var later))
        {
            Console.WriteLine(later.UtcDateTime.ToString("o"));
        }
    }
}

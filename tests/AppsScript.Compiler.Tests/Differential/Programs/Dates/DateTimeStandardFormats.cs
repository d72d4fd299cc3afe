using System;
using System.Globalization;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var dates = new[]
        {
            new DateTime(2026, 11, 3, 7, 8, 9, 45, DateTimeKind.Utc),
            new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(1999, 12, 31, 12, 59, 59, 999, DateTimeKind.Utc),
            new DateTime(2000, 1, 1, 23, 0, 0, 1, DateTimeKind.Utc),
            new DateTime(5, 6, 7, 8, 9, 10, DateTimeKind.Utc),
            DateTime.UnixEpoch,
            DateTime.MinValue,
            DateTime.MaxValue,
        };
        foreach (var d in dates)
        {
            Console.WriteLine($"d {d:d} | D {d:D} | f {d:f} | F {d:F}");
            Console.WriteLine($"g {d:g} | G {d:G} | M {d:M} | m {d:m} | Y {d:Y} | y {d:y}");
            Console.WriteLine($"R {d:R} | r {d:r} | s {d:s} | u {d:u} | U {d:U} | o {d:o} | t {d:t} | T {d:T}");
            Console.WriteLine(d.ToString("D", CultureInfo.InvariantCulture) + " | " + d.ToString("g") + " | " + string.Format("{0:f}", d));
        }
        Console.WriteLine(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc).AddMilliseconds(123.5).ToString("o"));
    }
}

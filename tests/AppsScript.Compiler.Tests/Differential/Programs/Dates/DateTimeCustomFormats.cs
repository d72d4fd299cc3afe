using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static readonly DateTime[] Dates =
    {
        new DateTime(2026, 11, 3, 7, 8, 9, 45, DateTimeKind.Utc),
        new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(1999, 12, 31, 12, 59, 59, 999, DateTimeKind.Utc),
        new DateTime(2000, 1, 1, 23, 0, 0, 100, DateTimeKind.Utc),
        new DateTime(2009, 7, 5, 13, 30, 0, 120, DateTimeKind.Utc),
        new DateTime(5, 6, 7, 8, 9, 10, DateTimeKind.Utc),
        DateTime.MinValue,
        DateTime.MaxValue,
    };

    public static void Main()
    {
        foreach (var d in Dates)
        {
            Console.WriteLine(d.ToString("ddd dd MMM") + " | " + d.ToString("dddd, MMMM d, yyyy") + " | " + d.ToString("h:mm tt") + " | " + d.ToString("HH:mm:ss.fff"));
            Console.WriteLine(d.ToString("yyyy-MM-ddTHH:mm:ssK") + " | " + d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK") + " | " + d.ToString("hh:mm:ss t") + " | " + d.ToString("H:m:s"));
            Console.WriteLine(d.ToString("y yy yyy yyyy yyyyy") + " | " + d.ToString("M MM MMM MMMM MMMMM") + " | " + d.ToString("d dd ddd dddd ddddd") + " | " + d.ToString("%d") + " " + d.ToString("%M") + " " + d.ToString("%y") + " " + d.ToString("%h"));
            Console.WriteLine(d.ToString("ss.f ss.ff ss.fff ss.ffff ss.fffff ss.ffffff ss.fffffff") + " | " + d.ToString("ss.F ss.FF ss.FFF ss.FFFF ss.FFFFFFF") + " | " + d.ToString("HH:mm:ss.FFF"));
            Console.WriteLine($"{d:'Quoted' \"text\" with \\'escapes\\' dd/MM} | {d:yyyy\\-MM\\-dd} | {d:MMMM dd, yyyy g} | {d:HHmm'h'} | {d:hh:mm tt}");
        }
        var morning = new DateTime(2026, 3, 8, 0, 5, 0, DateTimeKind.Utc);
        var noon = new DateTime(2026, 3, 8, 12, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(morning.ToString("h:mm tt") + " / " + noon.ToString("h:mm tt") + " / " + noon.AddHours(11).ToString("hh tt t"));
        Console.WriteLine(morning.AddMilliseconds(0.5).ToString("HH:mm:ss.fffffff") + " " + morning.AddMilliseconds(0.5).ToString("ss.FFFFFFF"));
        Console.WriteLine("literals: " + noon.ToString("[yyyy] - (MM) : dd / hh ; # @ !") + " " + noon.ToString("'it''s' dd") + " " + noon.ToString("\"\"dd"));
        DateTime? maybe = noon;
        DateTime? none = null;
        Console.WriteLine($"nullable: [{maybe:ddd dd MMM}] [{none:ddd dd MMM}]");
    }
}

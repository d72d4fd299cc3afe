using System;
using System.Globalization;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var d = new DateTime(2026, 11, 3, 7, 8, 9, 45, DateTimeKind.Utc);
        Console.WriteLine(d);
        Console.WriteLine(d.ToString());
        Console.WriteLine("at " + d);
        Console.WriteLine($"at {d}");
        Console.WriteLine(d.ToString("o"));
        Console.WriteLine(d.ToString("O"));
        Console.WriteLine(d.ToString("s"));
        Console.WriteLine(d.ToString("u"));
        Console.WriteLine(d.ToString("yyyy-MM-dd"));
        Console.WriteLine(d.ToString("yyyyMMdd'T'HHmmss"));
        Console.WriteLine(d.ToString("yyyy-MM-ddTHH:mm:ss.fffZ"));
        Console.WriteLine(d.ToString("dd/MM/yyyy HH:mm"));
        Console.WriteLine(d.ToString("'week of' yyyy-MM-dd"));
        Console.WriteLine(d.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture));
        Console.WriteLine(d.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine($"{d:yyyy-MM-dd} {d:HH:mm} {d:o} {d,-25:s}|{d,22:u}|");
        Console.WriteLine("{0:yyyy}/{0:MM} {1}", d, d.AddYears(-2000));
        Console.WriteLine(new DateTime(999, 1, 2, 3, 4, 5, DateTimeKind.Utc).ToString("o") + " " + new DateTime(999, 1, 2, 3, 4, 5, DateTimeKind.Utc));
        Console.WriteLine(DateTime.MinValue + " | " + DateTime.MinValue.ToString("o") + " | " + DateTime.MinValue.ToString("u"));
        Console.WriteLine(DateTime.MaxValue + " | " + DateTime.MaxValue.ToString("o") + " | " + DateTime.MaxValue.ToString("s"));
        Console.WriteLine(d.AddMilliseconds(0.5).ToString("o") + " " + d.AddMilliseconds(0.5).ToString("HH:mm:ss.fff"));

        DateTime? missing = null;
        DateTime? present = d;
        Console.WriteLine($"[{missing}] [{missing:o}] [{present}] [{present:yyyy}]");
        Console.WriteLine("[" + missing + "] [" + present + "]");
    }
}

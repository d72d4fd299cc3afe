using System;
using System.Globalization;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var spans = new[]
        {
            TimeSpan.Zero,
            new TimeSpan(1, 2, 3),
            new TimeSpan(1, 2, 3, 4, 500),
            new TimeSpan(0, 0, 0, 0, 5),
            new TimeSpan(12, 23, 59, 59, 999),
            new TimeSpan(-1, -2, -3, -4, -50),
            TimeSpan.FromMinutes(-90),
            TimeSpan.FromMilliseconds(0.25),
            TimeSpan.FromDays(123.5),
        };
        foreach (var t in spans)
        {
            Console.WriteLine($"{t} | c {t:c} | t {t:t} | T {t:T} | g {t:g} | G {t:G}");
            Console.WriteLine(t.ToString(@"hh\:mm\:ss") + " | " + t.ToString(@"mm\:ss") + " | " + t.ToString(@"d\.hh\:mm") + " | " + t.ToString("%m") + " | " + t.ToString("%d") + " | " + t.ToString("%h") + " | " + t.ToString("%s"));
            Console.WriteLine(t.ToString(@"dd\.hh\:mm\:ss\.fff") + " | " + t.ToString(@"ddddd' days 'h' h'") + " | " + t.ToString(@"s\.f\ s\.ff\ s\.fffffff") + " | [" + t.ToString(@"s\.F\ s\.FF\ s\.FFFFFFF") + "]");
            Console.WriteLine(t.ToString("g", CultureInfo.InvariantCulture) + " | " + string.Format("{0:G}", t) + " | " + string.Format(@"{0:hh\:mm}", t) + " | " + t.ToString("\"quoted \"m"));
        }
    }
}

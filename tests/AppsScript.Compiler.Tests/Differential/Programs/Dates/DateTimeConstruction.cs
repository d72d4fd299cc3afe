using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var release = new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
        Console.WriteLine(release.ToString("o"));
        Console.WriteLine(new DateTime(2024, 2, 29, 23, 59, 59, 999, DateTimeKind.Utc).ToString("o"));
        Console.WriteLine(new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).ToString("o"));
        Console.WriteLine(DateTime.UnixEpoch.ToString("o"));
        Console.WriteLine(DateTime.MinValue.ToString("o"));
        Console.WriteLine(DateTime.MaxValue.ToString("o"));
        Console.WriteLine(default(DateTime).ToString("o"));
        Console.WriteLine(new DateTime() == DateTime.MinValue);
        Console.WriteLine(DateTime.MaxValue > release);

        // Parts only known at run time go through the checked constructor, which also keeps years below 100.
        var year = 50;
        var month = 3;
        Console.WriteLine(new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc).ToString("o"));
        Console.WriteLine(new DateTime(year * 40, month, 31, 12, 30, 15, 250, DateTimeKind.Utc).ToString("o"));

        Try(() => new DateTime(2026, month - 1, 29, 0, 0, 0, DateTimeKind.Utc));
        Try(() => new DateTime(2024, month - 1, 29, 0, 0, 0, DateTimeKind.Utc));
        Try(() => new DateTime(2026, month + 10, 1, 0, 0, 0, DateTimeKind.Utc));
        Try(() => new DateTime(year - 50, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Try(() => new DateTime(2026, 1, 1, year - 26, 0, 0, DateTimeKind.Utc));
        Try(() => new DateTime(2026, 1, 1, 0, year + 10, 0, DateTimeKind.Utc));
        Try(() => new DateTime(2026, 1, 1, 0, 0, 0, year * 20, DateTimeKind.Utc));
        Try(() => new DateTime(2026, 1, 1, 0, 0, 0, -year, DateTimeKind.Utc));
    }

    private static void Try(Func<DateTime> make)
    {
        try
        {
            Console.WriteLine("made " + make().ToString("o"));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
    }
}

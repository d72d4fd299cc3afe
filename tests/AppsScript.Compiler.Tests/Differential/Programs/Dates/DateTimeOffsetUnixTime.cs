using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        long[] milliseconds = { 0, 1, 999, 1000, 1500, -1, -999, -1000, -1500, 1767225600000, -62135596799999, 253402300799999 };
        foreach (var ms in milliseconds)
        {
            var instant = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            Console.WriteLine($"{ms}: {instant.UtcDateTime.ToString("o")} ms {instant.ToUnixTimeMilliseconds()} s {instant.ToUnixTimeSeconds()}");
        }
        long[] seconds = { 0, 1, -1, 1767225600, -62135596799 };
        foreach (var s in seconds)
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(s);
            Console.WriteLine($"{s}: {instant.UtcDateTime.ToString("o")} {instant.ToUnixTimeSeconds() == s}");
        }
        var parsed = DateTimeOffset.Parse("2026-01-01T00:00:00.750Z");
        Console.WriteLine($"{parsed.ToUnixTimeMilliseconds()} {parsed.ToUnixTimeSeconds()}");
        var expiresIn = 3600;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(1767225600).AddSeconds(expiresIn);
        Console.WriteLine(expiresAt.ToUnixTimeSeconds());
        Console.WriteLine(DateTimeOffset.FromUnixTimeSeconds(1767225600) == DateTimeOffset.FromUnixTimeMilliseconds(1767225600000));
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        TimeSpan[] spans =
        {
            new TimeSpan(1, 2, 3, 4, 567), new TimeSpan(-1, -2, -3, -4, -567), TimeSpan.FromMilliseconds(999),
            TimeSpan.FromMilliseconds(-1), TimeSpan.FromDays(400), TimeSpan.FromHours(-25.5), TimeSpan.Zero,
        };
        foreach (var span in spans)
        {
            Console.WriteLine($"{span}: {span.Days}d {span.Hours}h {span.Minutes}m {span.Seconds}s {span.Milliseconds}ms");
            Console.WriteLine($"  total {span.TotalDays} d {span.TotalHours} h {span.TotalMinutes} min {span.TotalSeconds} s {span.TotalMilliseconds} ms");
        }
        var retryAfter = TimeSpan.FromSeconds(30);
        Console.WriteLine("retry in " + retryAfter.TotalSeconds + " seconds (" + (int)retryAfter.TotalMilliseconds + " ms)");
        Console.WriteLine((int)TimeSpan.FromMinutes(2.75).TotalMinutes);
    }
}

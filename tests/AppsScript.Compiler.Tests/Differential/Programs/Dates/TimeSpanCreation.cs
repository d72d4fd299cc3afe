using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(TimeSpan.Zero);
        Console.WriteLine(new TimeSpan());
        Console.WriteLine(TimeSpan.FromMilliseconds(1500));
        Console.WriteLine(TimeSpan.FromMilliseconds(0.5));
        Console.WriteLine(TimeSpan.FromSeconds(90));
        Console.WriteLine(TimeSpan.FromSeconds(1.25));
        Console.WriteLine(TimeSpan.FromMinutes(61));
        Console.WriteLine(TimeSpan.FromMinutes(2.5));
        Console.WriteLine(TimeSpan.FromHours(25));
        Console.WriteLine(TimeSpan.FromHours(1.5));
        Console.WriteLine(TimeSpan.FromDays(3));
        Console.WriteLine(TimeSpan.FromDays(0.75));
        Console.WriteLine(TimeSpan.FromDays(-1.5));
        Console.WriteLine(TimeSpan.FromHours(1, 30));
        Console.WriteLine(TimeSpan.FromDays(1, 2, 3, 4, 5));
        Console.WriteLine(TimeSpan.FromMinutes(5, 30, 250));
        Console.WriteLine(TimeSpan.FromSeconds(10, 500));
        Console.WriteLine(new TimeSpan(1, 2, 3));
        Console.WriteLine(new TimeSpan(0, 90, 0));
        Console.WriteLine(new TimeSpan(2, 1, 2, 3));
        Console.WriteLine(new TimeSpan(1, 2, 3, 4, 500));
        Console.WriteLine(new TimeSpan(0, 0, -1));
        Console.WriteLine(new TimeSpan(-1, 2, 0, 0));
        Console.WriteLine(new TimeSpan(0, 0, 0, 0, -1));
        var seconds = 42;
        long millis = 1234567;
        var hours = 0.1;
        Console.WriteLine(TimeSpan.FromSeconds(seconds) + " " + TimeSpan.FromMilliseconds(millis) + " " + TimeSpan.FromHours(hours));
        Console.WriteLine(new TimeSpan(seconds, seconds, seconds));
        Console.WriteLine($"{TimeSpan.FromDays(10):c} [{TimeSpan.FromSeconds(-3661),15}] {TimeSpan.FromMinutes(1).ToString("c")} {TimeSpan.FromMinutes(1).ToString()}");
        TimeSpan? none = null;
        Console.WriteLine($"[{none}] [{(TimeSpan?)TimeSpan.FromSeconds(1)}]");
    }
}

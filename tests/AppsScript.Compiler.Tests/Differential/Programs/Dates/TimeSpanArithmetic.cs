using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var a = TimeSpan.FromMinutes(90);
        var b = TimeSpan.FromSeconds(45);
        Console.WriteLine($"{a + b} {a - b} {b - a} {-a} {+b} {a * 2} {2.5 * b} {a / 4} {a / b} {b / a}");
        Console.WriteLine($"{a.Add(b)} {a.Subtract(b)} {a.Negate()} {b.Negate().Duration()} {a.Multiply(1.5)} {a.Divide(3)} {a.Divide(b)}");
        Console.WriteLine($"{a > b} {a >= b} {a < b} {a <= b} {a == b} {a != b} {a == TimeSpan.FromHours(1.5)}");
        Console.WriteLine($"{a.CompareTo(b)} {b.CompareTo(a)} {a.CompareTo(a)} {TimeSpan.Compare(b, a)} {a.Equals(b)} {TimeSpan.Equals(a, TimeSpan.FromMinutes(90))}");

        var total = TimeSpan.Zero;
        foreach (var minutes in new[] { 3, 4, 5 })
        {
            total += TimeSpan.FromMinutes(minutes);
        }
        total -= TimeSpan.FromSeconds(1);
        Console.WriteLine(total);

        var backoff = TimeSpan.FromMilliseconds(250);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Console.WriteLine($"attempt {attempt}: wait {backoff} ({backoff.TotalMilliseconds} ms)");
            backoff = backoff * 2;
            if (backoff > TimeSpan.FromSeconds(3)) backoff = TimeSpan.FromSeconds(3);
        }
        Console.WriteLine(TimeSpan.FromSeconds(10) / 3);
        Console.WriteLine((TimeSpan.FromSeconds(-10) * 0.25).Duration());
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int? a = 7;
        int? b = null;
        int c = 2;
        Console.WriteLine($"[{a + c}] [{b + c}] [{a - b}] [{a * c}] [{a / c}] [{-a / c}] [{a % c}] [{b % c}] [{a / a}] [{-a}] [{-b}]");
        Console.WriteLine($"{a > c} {b > c} {b < c} {b >= c} {b <= c} {a >= 7} {a <= b} {b == b} {b != c}");
        Console.WriteLine($"[{a + Next()}] [{b + Next()}] [{Next() + b}] calls={calls}");
        long? big = 4000000000L;
        Console.WriteLine($"[{big * 2}] [{big + a}]");
        double? ratio = 1.5;
        double? noRatio = null;
        Console.WriteLine($"[{ratio * 2}] [{noRatio * 2}] [{ratio / 0}] [{a / 2.0}]");
        int? total = null;
        foreach (var value in new int?[] { 1, null, 3 })
        {
            total = (total ?? 0) + (value ?? 0);
        }
        Console.WriteLine(total);
        Console.WriteLine((a ?? 0) + (b ?? 0));
        Console.WriteLine(Max(a, b) + " " + Max(b, a) + " " + Max(null, null) + " " + Max(3, 9));
    }

    private static int calls;

    private static int Next()
    {
        calls++;
        return calls;
    }

    private static int? Max(int? x, int? y) => x is null ? y : y is null ? x : x > y ? x : y;
}

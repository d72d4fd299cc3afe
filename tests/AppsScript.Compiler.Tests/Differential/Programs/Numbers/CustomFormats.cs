using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { 0.0, -0.0, 0.125, 1.005, 2.5, -0.5, -0.004, 0.5, 1234.5678, -1234567.891, 9.995, 1e-20, 1e20, 123456789012345678.0, 0.1 + 0.2 };
        foreach (var value in values)
        {
            Console.WriteLine($"{value}: [{value:0}] [{value:00}] [{value:0.00}] [{value:#.##}] [{value:0.##}] [{value:#,##0}] [{value:#,##0.00}] [{value:#}] [{value:0%}] [{value:#.#%}] [{value:000.0}]");
        }
        var integers = new long[] { 0, 5, -5, 1234, -1234567, 9007199254740991 };
        foreach (var value in integers)
        {
            Console.WriteLine($"{value}: [{value:0}] [{value:000}] [{value:#,##0}] [{value:#}] [{value:0.00}] [{value:0%}]");
        }
        var seconds = 125;
        Console.WriteLine((seconds / 60).ToString("0") + ":" + (seconds % 60).ToString("00") + " " + 0.875.ToString("0.0%") + " " + 1234.5.ToString("#,##0.00"));
        var price = 19.999;
        Console.WriteLine($"{price:0.00} vs {price:F2}; {0.125:0.00} vs {0.125:F2}; {1.005:0.00} vs {1.005:F2}");
    }
}

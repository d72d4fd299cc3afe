using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { 0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1.005, 2.675, 0.045, 1234567.891, -0.001, -0.5, 999.995, 9.995, 1e15 + 0.3, 1e21, 1e23, 123.456, 5e-324, 0.1 };
        foreach (var value in values)
        {
            Console.WriteLine($"{value}: F={value:F} F0={value:F0} F1={value:F1} F3={value:F3} N={value:N} N0={value:N0} N1={value:N1} F20={value:F20}");
        }
        var ints = new[] { 0, 1, -1, 5, 15, 25, -25, 1000, 1234567, int.MaxValue, int.MinValue };
        foreach (var value in ints)
        {
            Console.WriteLine($"{value}: F={value:F} F0={value:F0} N={value:N} N0={value:N0} N3={value:N3}");
        }
        long big = 1234567890123L;
        Console.WriteLine(big.ToString("N0") + " " + big.ToString("F2") + " " + (-big).ToString("N"));
        Console.WriteLine(1.5.ToString("F0") + " " + 2.5.ToString("F0") + " " + 0.5.ToString("N0") + " " + (-1.5).ToString("F0"));
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(int.MaxValue + " " + int.MinValue + " " + long.MaxValue + " " + long.MinValue + " " + short.MaxValue + " " + short.MinValue + " " + byte.MaxValue + " " + sbyte.MinValue);
        Console.WriteLine(double.MaxValue + " " + double.MinValue + " " + double.Epsilon + " " + double.NaN + " " + double.PositiveInfinity + " " + double.NegativeInfinity);
        var specials = new[] { 0.0, -0.0, 1.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon };
        foreach (var value in specials)
        {
            Console.WriteLine($"{value}: NaN={double.IsNaN(value)} Inf={double.IsInfinity(value)} +Inf={double.IsPositiveInfinity(value)} -Inf={double.IsNegativeInfinity(value)} Finite={double.IsFinite(value)}");
        }
        var nan = double.NaN;
        Console.WriteLine((nan == nan) + " " + (nan != nan) + " " + (nan < 1) + " " + (0.0 == -0.0) + " " + (1 / 0.0) + " " + (-1 / 0.0));
        int max = int.MaxValue;
        Console.WriteLine((long)max + 1 + " " + (max / 2) + " " + (int.MinValue / -2) + " " + (max - 1));
    }
}

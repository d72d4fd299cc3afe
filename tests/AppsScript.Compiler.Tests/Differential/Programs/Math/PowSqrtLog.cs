using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Pow(2, -1) + " " + Math.Pow(10, 3) + " " + Math.Pow(9, 0.5) + " " + Math.Pow(-8, 1.0 / 3) + " " + Math.Pow(0, 0) + " " + Math.Pow(2, 0.5));
        var bases = new[] { 1.0, -1.0, 0.0, 2.0, double.NaN };
        var exponents = new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, 2.0 };
        foreach (var b in bases)
        {
            var row = b + ":";
            foreach (var e in exponents) row += " " + Math.Pow(b, e);
            Console.WriteLine(row);
        }
        Console.WriteLine(Math.Sqrt(16) + " " + Math.Sqrt(2) + " " + Math.Sqrt(-1) + " " + Math.Sqrt(0.0) + " " + Math.Sqrt(-0.0) + " " + Math.Cbrt(27).ToString("G15") + " " + Math.Cbrt(-8));
        Console.WriteLine(Math.Exp(0) + " " + Math.Exp(1) + " " + Math.Log(1) + " " + Math.Log(Math.E) + " " + Math.Log(0) + " " + Math.Log(-1) + " " + Math.Log10(1000) + " " + Math.Log10(0.001) + " " + Math.Log2(1024) + " " + Math.Log2(3).ToString("G15"));
        Console.WriteLine(Math.Log(8, 2) + " " + Math.Log(100, 10) + " " + Math.Log(8, 1) + " " + Math.Log(1, 0) + " " + Math.Log(2, 0) + " " + Math.Log(1, double.PositiveInfinity) + " " + Math.Log(double.NaN, 2) + " " + Math.Log(27, 3).ToString("G15"));
        var principal = 1000.0;
        var rate = 0.05;
        Console.WriteLine($"compound: {principal * Math.Pow(1 + rate, 10):F2} doubling: {Math.Log(2) / Math.Log(1 + rate):F3}");
    }
}

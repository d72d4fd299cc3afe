using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[]
        {
            0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1234.5, -1234.5, 1e14, 1e15, 1e16, 9999999999999998.0, 1e17,
            1.2345678901234567e17, 123456789012345678901.0, 1e21, 1e100, 1.7976931348623157e308, 0.001, 0.0001, 0.00012345, 0.00001, 1.5e-5,
            1e-100, 5e-324, 2.2250738585072014e-308, double.MaxValue, double.MinValue, double.Epsilon, double.NaN, double.PositiveInfinity,
            double.NegativeInfinity, Math.PI, Math.E, 4.35, 0.3, 1.005, 9007199254740993.0, -1e-7,
        };
        foreach (var value in values)
        {
            Console.WriteLine(value + " | " + value.ToString() + " | " + $"{value}" + " | " + value.ToString("R") + " | " + value.ToString("G"));
        }
        double sum = 0;
        for (var i = 0; i < 10; i++) sum += 0.1;
        Console.WriteLine(sum + " " + (sum == 1.0) + " " + (1.0 - 0.9) + " " + 1.1 * 1.1 + " " + 3 * 1.1);
        Console.WriteLine(1 / 3.0 * 3 + " " + 10.0 / 4 + " " + 7.0 % 2.5 + " " + -7.0 % 2.5 + " " + 1e308 * 10 + " " + -1e308 * 10 + " " + 0.0 / 0.0);
    }
}

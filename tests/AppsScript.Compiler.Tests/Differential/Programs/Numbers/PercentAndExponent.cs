using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { 0.0, -0.0, 1.0, 0.5, 0.125, 0.12345, -0.98765, 0.005, 0.015, 0.025, 12.3456, 1e-10, 1e20, 1234.5678, 5e-324, 1.7976931348623157e308 };
        foreach (var value in values)
        {
            Console.WriteLine($"{value}: P={value:P} P0={value:P0} P1={value:P1} P3={value:P3} E={value:E} E0={value:E0} E2={value:E2} e4={value:e4} E10={value:E10}");
        }
        var ints = new[] { 0, 1, -7, 25, 125, 135, 999, 123456789, int.MinValue };
        foreach (var value in ints)
        {
            Console.WriteLine($"{value}: P={value:P} P0={value:P0} E={value:E} E0={value:E0} E1={value:E1} E2={value:E2}");
        }
        Console.WriteLine(double.NaN.ToString("P") + " " + double.PositiveInfinity.ToString("E2") + " " + double.NegativeInfinity.ToString("N"));
    }
}

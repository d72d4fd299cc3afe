using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4, -0.4, 0.49999999999999994, 2.6, -2.6, 4503599627370495.5, 1e16, -0.0, double.NaN, double.PositiveInfinity };
        foreach (var value in values)
        {
            Console.WriteLine($"{value}: Round={Math.Round(value)} Even={Math.Round(value, MidpointRounding.ToEven)} Away={Math.Round(value, MidpointRounding.AwayFromZero)} "
                + $"Zero={Math.Round(value, MidpointRounding.ToZero)} Down={Math.Round(value, MidpointRounding.ToNegativeInfinity)} Up={Math.Round(value, MidpointRounding.ToPositiveInfinity)} Int={(Math.Abs(value) < 1e9 ? (int)Math.Round(value) : 0)}");
        }
        var total = 0.0;
        foreach (var price in new[] { 2.675, 1.005, 0.125, 10.0 / 3 })
        {
            total += price;
            Console.WriteLine($"{price}: {Math.Round(price, 2)} {Math.Round(price, 2, MidpointRounding.AwayFromZero)} {Math.Round(price, 1)} {Math.Round(price, 0)} {Math.Round(price, 15)}");
        }
        Console.WriteLine(Math.Round(total, 3));
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { 1.25, 1.35, -1.25, -1.35, 0.125, 0.375, 2.5e-3, -0.001, 123.455, 1234567.125, 1e15 + 0.5, 9.999999 };
        foreach (var value in values)
        {
            Console.WriteLine($"{value}: 1={Math.Round(value, 1)} 2={Math.Round(value, 2)} 2away={Math.Round(value, 2, MidpointRounding.AwayFromZero)} "
                + $"1zero={Math.Round(value, 1, MidpointRounding.ToZero)} 1down={Math.Round(value, 1, MidpointRounding.ToNegativeInfinity)} 1up={Math.Round(value, 1, MidpointRounding.ToPositiveInfinity)}");
        }
        foreach (var digits in new[] { -1, 16 })
        {
            try
            {
                Console.WriteLine(Math.Round(1.5, digits));
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine("digits " + digits + ": " + e.Message);
            }
        }
        var ratio = 2.0 / 3;
        Console.WriteLine(Math.Round(ratio * 100, 1) + "% " + Math.Round(ratio, 4) + " " + Math.Round(-ratio, 4, MidpointRounding.AwayFromZero));
    }
}

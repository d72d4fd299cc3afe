using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { 2.7, -2.7, 2.0, -2.0, 0.3, -0.3, -0.0, 4503599627370495.5 };
        foreach (var value in values)
        {
            Console.WriteLine($"{value}: Floor={Math.Floor(value)} Ceiling={Math.Ceiling(value)} Truncate={Math.Truncate(value)} cast={(long)value}");
        }
        foreach (var value in new[] { 1e300, double.NaN, double.NegativeInfinity })
        {
            Console.WriteLine($"{value}: Floor={Math.Floor(value)} Ceiling={Math.Ceiling(value)} Truncate={Math.Truncate(value)}");
        }
        var minutes = 135;
        Console.WriteLine(Math.Floor(minutes / 60.0) + "h " + minutes % 60 + "m; pages " + Math.Ceiling(101 / 20.0) + "; " + (int)Math.Ceiling(-0.5));
    }
}

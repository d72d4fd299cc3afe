using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new[] { 0.0, -0.0, 1.0, 0.1 + 0.2, 123.456, 1.5, 2.5, 125.0, 135.0, 99999.5, 1e14, 1e15, 1e16, 0.0001, 0.00001, 0.000012345, 1e-5, 123456789.0, -0.5, 5e-324, 1e300 };
        foreach (var value in values)
        {
            Console.WriteLine($"{value}: G={value:G} G1={value:G1} G2={value:G2} G3={value:G3} G5={value:G5} G10={value:G10} G15={value:G15} G17={value:G17} g4={value:g4} g={value:g}");
        }
        var integers = new long[] { 0, 7, -7, 125, 135, 100, 99999, 123456789, 1000000000000000, -9007199254740991 };
        foreach (var value in integers)
        {
            Console.WriteLine($"{value}: G={value:G} G1={value:G1} G2={value:G2} G3={value:G3} g2={value:g2}");
        }
        int small = 125;
        Console.WriteLine(small.ToString("G2") + " " + small.ToString("G") + " " + small.ToString("G0") + " " + 0.1.ToString("G20"));
    }
}

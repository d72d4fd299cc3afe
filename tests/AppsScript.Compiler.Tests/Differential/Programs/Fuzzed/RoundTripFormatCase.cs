using System;
using AppsScript.Interop;

// Found by the fuzzer (cases 5708, 7416, 7771, 8592, 8830): ToString("r") writes the exponent with a lower-case
// e, as "g" does, where "R" writes E.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        foreach (var value in new[] { 1e-05, 1e21, 2.2250738585072014E-308, 6.02214076E+23, -1e-300, 123.456, 0.1, double.NaN, double.NegativeInfinity })
        {
            Console.WriteLine($"{value.ToString("r")} {value.ToString("R")} {value:r} {value.ToString("g")}");
        }
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        string? nothing = null;
        Console.WriteLine(string.Concat("a", "b") + "|" + string.Concat("a", nothing, "c") + "|" + string.Concat(nothing, nothing) + "|" + string.Concat("1", "2", "3", "4", "5"));
        Console.WriteLine(string.Concat(1, 2) + "|" + string.Concat(1.5, true, 'c') + "|" + string.Concat((object?)null) + "|" + string.Concat(new[] { "x", "y" }));
        var parts = new List<string> { "p", "q" };
        Console.WriteLine(string.Concat(parts) + "|" + string.Concat(new List<double> { 0.5, 2 }));
        Console.WriteLine(string.Format("{0} + {1} = {2}", 1, 2, 1 + 2));
        Console.WriteLine(string.Format("{0:F2}|{0,8:N1}|{0,-8:E1}|{1}", 1234.5678, nothing));
        Console.WriteLine(string.Format("{{{0}}} {1:D3} {2:X} {3} {4}", "braces", 7, 255, true, 'z'));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4}", "a", 2, 3.0, false, -0.0));
        Console.WriteLine(string.Format("no items"));
        Console.WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:N2}", 9876.54321));
        Console.WriteLine("{0} and {1}", "this", "that");
    }
}

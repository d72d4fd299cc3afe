using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        double price = 1234.5678;
        double negative = -0.125;
        int count = 42;
        int minus = -7;
        long id = 255L;
        double? nothing = null;
        Console.WriteLine($"F: {price:F} {price:F0} {price:F1} {price:F3} {negative:F2} {negative:F0}");
        Console.WriteLine($"N: {price:N} {price:N0} {-price:N1} {count:N} {1e21:N0}");
        Console.WriteLine($"P: {0.1234:P} {negative:P1} {count:P0}");
        Console.WriteLine($"E: {price:E} {price:E2} {price:e0} {count:E1}");
        Console.WriteLine($"G: {price:G} {price:G3} {count:G2} {0.000012345:G4}");
        Console.WriteLine($"D: {count:D5} {minus:D3} {id:D}");
        Console.WriteLine($"X: {count:X} {count:x4} {minus:X} {id:X8} {-1L:X}");
        Console.WriteLine($"R: {0.1 + 0.2:R}");
        Console.WriteLine($"aligned: [{price,12:N2}] [{count,-6:D3}] [{negative,8:P0}]");
        Console.WriteLine($"null with format: [{nothing:F2}] [{nothing,5:F1}]");
        Console.WriteLine(price.ToString("F2") + " " + count.ToString("D4") + " " + id.ToString("x") + " " + minus.ToString("N0"));
    }
}

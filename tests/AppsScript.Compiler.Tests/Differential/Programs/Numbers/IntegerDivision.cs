using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var pairs = new[] { (7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 3), (-1, 3), (int.MaxValue, 2), (int.MinValue, 3) };
        foreach (var (a, b) in pairs)
        {
            Console.WriteLine($"{a} / {b} = {a / b}, {a} % {b} = {a % b}, as double {(double)a / b}");
        }
        long big = 9007199254740991L;
        Console.WriteLine(big / 2 + " " + big % 10 + " " + -big / 7 + " " + (-big) % 7);
        var zero = 0;
        try
        {
            Console.WriteLine(5 / zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("DivideByZeroException: " + e.Message);
        }
        try
        {
            Console.WriteLine(5 % zero);
        }
        catch (ArithmeticException e)
        {
            Console.WriteLine("ArithmeticException: " + e.Message);
        }
        Console.WriteLine(5.0 / zero + " " + -5.0 / zero + " " + 0.0 / zero + " " + (int)7.9 + " " + (int)-7.9 + " " + (long)-0.5 + " " + (int)(-7.5 / 2));
        var average = (3 + 4) / 2;
        var exact = (3 + 4) / 2.0;
        Console.WriteLine(average + " " + exact + " " + 10 / 3 * 3 + " " + 10 * 3 / 3 + " " + -10 / 4);
    }
}

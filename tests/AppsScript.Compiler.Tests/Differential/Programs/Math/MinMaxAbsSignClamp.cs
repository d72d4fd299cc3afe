using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3, 7) + " " + Math.Max(-1L, -2L) + " " + Math.Min(2.5, -2.5) + " " + Math.Max(0.0, -0.0) + " " + Math.Min(0.0, -0.0) + " " + Math.Max(1.0, double.NaN) + " " + Math.Min(double.NaN, 1.0));
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(5L) + " " + Math.Abs(-2.5) + " " + Math.Abs(-0.0) + " " + Math.Abs(double.NegativeInfinity) + " " + Math.Abs((short)-3));
        Console.WriteLine(Math.Sign(-5) + " " + Math.Sign(0) + " " + Math.Sign(9L) + " " + Math.Sign(-2.5) + " " + Math.Sign(-0.0) + " " + Math.Sign(0.001) + " " + Math.Sign(double.NegativeInfinity));
        try
        {
            Console.WriteLine(Math.Sign(double.NaN));
        }
        catch (ArithmeticException e)
        {
            Console.WriteLine("ArithmeticException: " + e.Message);
        }
        Console.WriteLine(Math.Clamp(5, 1, 3) + " " + Math.Clamp(-5, 1, 3) + " " + Math.Clamp(2, 1, 3) + " " + Math.Clamp(2.5, 0.0, 1.0) + " " + Math.Clamp(-0.0, 0.0, 1.0) + " " + Math.Clamp(double.NaN, 0.0, 1.0) + " " + Math.Clamp(7L, 8L, 8L));
        try
        {
            Console.WriteLine(Math.Clamp(1, 5, 3));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        var volume = 0;
        foreach (var step in new[] { 30, 50, 40, -200 }) volume = Math.Clamp(volume + step, 0, 100);
        Console.WriteLine("volume " + volume + " " + Math.Max(Math.Min(12, 10), 0));
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var doubles = new[] { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 2147483647.4, 2147483647.5, -2147483648.5, -2147483648.6, double.NaN, 1e10 };
        foreach (var value in doubles)
        {
            try
            {
                Console.WriteLine($"{value}: ToInt32 {Convert.ToInt32(value)} cast {(int)value}");
            }
            catch (OverflowException e)
            {
                Console.WriteLine($"{value}: OverflowException {e.Message}");
            }
        }
        foreach (var value in new[] { 2.5, -3.5, 1e18, 1e19, double.NaN })
        {
            try
            {
                Console.WriteLine($"{value}: ToInt64 {Convert.ToInt64(value)}");
            }
            catch (OverflowException e)
            {
                Console.WriteLine($"{value}: OverflowException {e.Message}");
            }
        }
        string? nothing = null;
        Console.WriteLine(Convert.ToInt32("42") + " " + Convert.ToInt32(nothing) + " " + Convert.ToInt64(" -7 ") + " " + Convert.ToDouble("2.5") + " " + Convert.ToDouble(nothing) + " " + Convert.ToBoolean("true") + " " + Convert.ToBoolean(nothing));
        Console.WriteLine(Convert.ToInt32(true) + " " + Convert.ToInt32('A') + " " + Convert.ToDouble(3) + " " + Convert.ToDouble(false) + " " + Convert.ToInt64(5));
        Console.WriteLine(Convert.ToString(5) + " " + Convert.ToString(0.1 + 0.2) + " " + Convert.ToString(true) + " " + Convert.ToString('c') + " [" + Convert.ToString((object?)null) + "] " + (Convert.ToString(nothing) == null));
        try
        {
            Convert.ToInt32("4.5");
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
    }
}

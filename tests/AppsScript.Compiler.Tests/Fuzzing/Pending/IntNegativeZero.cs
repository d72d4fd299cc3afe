using System;
using AppsScript.Interop;

// Pending (FuzzSwitches.IntNegativeZero, fuzz cases 71, 159, 1440, 1547): integer arithmetic gives -0 in
// JavaScript (-5 % 5, 0 * -1, -x of 0, Math.trunc(-1 / 7)), which .NET's integers cannot hold; it shows
// once the value is a double, or written where its type is known only at run time.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int a = -5, b = 5, zero = 0, seven = 7;
        Console.WriteLine(1.0 / (a % b));
        double negated = -zero;
        Console.WriteLine(negated);
        Console.WriteLine((double)(zero * a) + " " + (double)(-1 / seven));
        long big = 0L;
        Console.WriteLine(0.045 * -big);
        try
        {
            Console.WriteLine((-(';' >>> 32)) switch { 1 => "one", 2 => "two" });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

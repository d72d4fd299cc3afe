using System;
using System.Linq;
using AppsScript.Interop;

// Found by the fuzzer (case 124): Enumerable.Repeat with a negative count throws .NET's
// ArgumentOutOfRangeException, not JavaScript's RangeError of new Array(-1).
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var count = -1;
        Console.WriteLine(string.Join(",", Enumerable.Repeat("x", 3)) + " " + Enumerable.Repeat(7, 0).Count());
        try
        {
            Console.WriteLine(Enumerable.Repeat("x", count).Count());
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message + " | " + e.ParamName);
        }
        count = 2;
        Console.WriteLine(string.Join(",", Enumerable.Repeat(1.5, count)));
    }
}

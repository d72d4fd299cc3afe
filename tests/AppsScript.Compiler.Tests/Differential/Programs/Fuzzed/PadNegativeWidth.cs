using System;
using AppsScript.Interop;

// Found by the fuzzer (case 206): PadLeft and PadRight throw ArgumentOutOfRangeException for a negative total
// width, where JavaScript's padStart and padEnd take it as 0.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "aaa";
        var width = 6;
        Console.WriteLine($"[{text.PadLeft(width)}] [{text.PadRight(width, '.')}] [{text.PadLeft(2)}] [{text.PadRight(0)}]");
        foreach (var negative in new[] { -2, -1 })
        {
            try
            {
                Console.WriteLine(text.PadRight(negative));
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine(e.ParamName + ": " + e.Message);
            }
            try
            {
                Console.WriteLine(text.PadLeft(negative, '*'));
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine(e.ParamName + ": " + e.Message);
            }
        }
    }
}

using System;
using System.Text;
using AppsScript.Interop;

// Found by the fuzzer (case 1599): new string(c, count) and StringBuilder.Append(c, count) throw
// ArgumentOutOfRangeException for a negative count, where JavaScript's repeat throws a RangeError.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var count = 3;
        Console.WriteLine(new string('x', count) + "|" + new string('y', 0) + "|" + new StringBuilder("a").Append('-', count).Append('+', 0));
        count = -1;
        try
        {
            Console.WriteLine(new string('x', count));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.ParamName + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(new StringBuilder().Append('-', count).ToString());
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.ParamName + ": " + e.Message);
        }
    }
}

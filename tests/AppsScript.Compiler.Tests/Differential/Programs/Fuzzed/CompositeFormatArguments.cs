using System;
using AppsScript.Interop;

// Found by the fuzzer (cases 158 and 176): .NET evaluates each argument of a composite format once, in order,
// before formatting, even one the format repeats, reorders or leaves out.
[GlobalFunctions]
public static class Program
{
    private static int calls;

    public static void Main()
    {
        Console.WriteLine(string.Format("{0} {1,3} {1,-3}|", 1, Next()));
        Console.WriteLine(calls);
        Console.WriteLine("{0}", 5, Next());
        Console.WriteLine(calls);
        Console.WriteLine(string.Format("{1} {0}", Next(), Next()));
        var x = 1;
        Console.WriteLine(string.Format("{1}{0}", x, x = 5));
        try
        {
            Console.WriteLine("{0}", "shown", Fail());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        Console.WriteLine(string.Format("{0}-{0:D3}", Next()));
        Console.WriteLine(calls);
    }

    private static int Next() => ++calls;

    private static string Fail() => throw new InvalidOperationException("evaluated");
}

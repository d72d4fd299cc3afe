using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

// Pending (FuzzSwitches.EvaluationOrder, fuzz cases 3996 and 8905): .NET adds a dictionary initialiser's entries
// one by one, and evaluates GetValueOrDefault's dictionary before its fallback; the emitted code evaluates every
// entry before the first Add, and the fallback first, so another exception comes out first.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var empty = new long[0];
        try
        {
            var map = new Dictionary<string, long> { { "a", 1 }, { "a", 2 }, { "b", empty.Min() } };
            Console.WriteLine(map.Count);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message);
        }
        var text = "lower";
        try
        {
            Console.WriteLine(new[] { true, true }.ToDictionary(x => "k" + x, x => "v").GetValueOrDefault("key", text.Insert(48, text)));
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

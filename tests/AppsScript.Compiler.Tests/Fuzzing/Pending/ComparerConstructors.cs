using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

// Pending (FuzzSwitches.ComparerConstructors, fuzz cases 78471 and 96379): a dictionary made with a comparer
// and an initialiser is emitted as an object literal, without the comparer: OrdinalIgnoreCase keys stay apart.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["key"] = 1, ["KEY"] = 2 };
        Console.WriteLine(counts.Count + " " + JsonConvert.SerializeObject(counts));
        try
        {
            var added = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { { "a", "x" }, { "A", "y" } };
            Console.WriteLine(string.Join(",", added.Keys));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

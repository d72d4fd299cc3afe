using System;
using AppsScript.Interop;

// Found by the fuzzer (case 7735): a switch expression that matches nothing throws an exception whose message
// names the unmatched value, except when the value is null, where .NET's message stops before that line.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        foreach (var text in new[] { "lower", null, "other" })
        {
            try
            {
                Console.WriteLine(text switch { "lower" => "found", "Hello" => "greeting" });
            }
            catch (InvalidOperationException e)
            {
                Console.WriteLine(e.Message);
            }
        }
        int? number = null;
        try
        {
            Console.WriteLine(number switch { 1 => "one" });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

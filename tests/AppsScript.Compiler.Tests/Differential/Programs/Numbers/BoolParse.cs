using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var inputs = new[] { "True", "false", "TRUE", "  true  ", "\tFalse\n", "true\0", "\0false", "yes", "1", "", "tru e", "\u00a0true", "\ufefftrue" };
        foreach (var input in inputs)
        {
            try
            {
                Console.WriteLine($"{input.Length}: {bool.Parse(input)} {bool.TryParse(input, out var flag)} {flag}");
            }
            catch (FormatException e)
            {
                Console.WriteLine($"{input.Length}: FormatException: {e.Message.Replace("\0", "\\0")} {bool.TryParse(input, out var flag)} {flag}");
            }
        }
        try
        {
            bool.Parse(null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null: " + e.Message + " " + bool.TryParse(null, out var none) + " " + none);
        }
        Console.WriteLine(true.ToString() + " " + false.ToString() + " " + (1 > 2).ToString());
    }
}

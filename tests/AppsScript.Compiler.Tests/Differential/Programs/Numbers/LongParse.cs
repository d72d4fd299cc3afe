using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var inputs = new[] { "0", "-1", "2147483648", "9007199254740991", "-9007199254740991", "9223372036854775808", "-9223372036854775809", "99999999999999999999", " 123 ", "12.5", "" };
        foreach (var input in inputs)
        {
            try
            {
                Console.WriteLine($"[{input}] -> {long.Parse(input)}");
            }
            catch (FormatException e)
            {
                Console.WriteLine($"[{input}] FormatException: {e.Message}");
            }
            catch (OverflowException e)
            {
                Console.WriteLine($"[{input}] OverflowException: {e.Message}");
            }
        }
        Console.WriteLine(long.TryParse("123456789012", out var parsed) + " " + parsed + " " + long.TryParse("x", out var failed) + " " + failed + " " + long.TryParse("9223372036854775808", out _));
    }
}

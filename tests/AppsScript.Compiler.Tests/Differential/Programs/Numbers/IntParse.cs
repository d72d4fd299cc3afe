using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var inputs = new[] { "42", "-42", "+7", "  12  ", "\t9\n", "007", "-0", "0", "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999", "00000000000000000000012",
            "", " ", "abc", "12a", "1.0", "1,000", "1e3", "0x10", "--1", "+-1", "1 2", "\u00a012", "12\0\0", "１２", "٣" };
        foreach (var input in inputs)
        {
            try
            {
                Console.WriteLine($"[{Escape(input)}] -> {int.Parse(input)}");
            }
            catch (FormatException e)
            {
                Console.WriteLine($"[{Escape(input)}] FormatException: {e.Message}");
            }
            catch (OverflowException e)
            {
                Console.WriteLine($"[{Escape(input)}] OverflowException: {e.Message}");
            }
        }
        try
        {
            int.Parse(null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null: " + e.Message);
        }
        Console.WriteLine(int.Parse("12") + int.Parse("30") + " " + int.Parse("-5") / 2);
    }

    private static string Escape(string text)
    {
        var result = "";
        foreach (var c in text) result += c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4") : c.ToString();
        return result;
    }
}

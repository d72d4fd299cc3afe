using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var inputs = new[] { "1.5", "-0.25", "+3", ".5", "5.", "1e3", "1E-3", "-1.5e+2", "  2.5  ", "1,234.5", "1,,2", "1,2.3", ",5", "1.2,3", "0.1", "0.30000000000000004",
            "1e309", "-1e309", "1e-400", "-0", "-0.0", "Infinity", "-infinity", "+INFINITY", "NaN", "nan", "-NaN", " NaN ", "\u00a0NaN", "Inf", "∞",
            "", " ", ".", "e5", "1e", "1e+", "1.2.3", "1 000", "0x1A", "1d", "12\0", "123456789012345678901234567890", "4.9406564584124654E-324", "2.2250738585072011e-308" };
        foreach (var input in inputs)
        {
            try
            {
                var value = double.Parse(input);
                Console.WriteLine($"[{Escape(input)}] -> {value} {value:E16}");
            }
            catch (FormatException e)
            {
                Console.WriteLine($"[{Escape(input)}] FormatException: {e.Message}");
            }
        }
        try
        {
            double.Parse(null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("null: " + e.Message);
        }
    }

    private static string Escape(string text)
    {
        var result = "";
        foreach (var c in text) result += c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4") : c.ToString();
        return result;
    }
}

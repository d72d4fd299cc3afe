using System;
using System.Collections.Generic;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var inputs = new[] { "12", "x", " 7 ", "3.5", "", null, "2147483648" };
        foreach (var input in inputs)
        {
            var ok = int.TryParse(input, out var number);
            Console.WriteLine($"int [{input}] {ok} {number}");
        }
        foreach (var input in inputs)
        {
            if (double.TryParse(input, out var value)) Console.WriteLine($"double [{input}] = {value}");
            else Console.WriteLine($"double [{input}] failed, value {value}");
        }
        var total = 0;
        foreach (var part in "1,2,x,4,,5".Split(','))
        {
            if (!int.TryParse(part, out var n)) continue;
            total += n;
        }
        Console.WriteLine("total " + total);
        Console.WriteLine(int.TryParse("5", out _) + " " + double.TryParse("abc", out _) + " " + bool.TryParse("TRUE", out _));
        int existing = 99;
        var reused = int.TryParse("bad", out existing);
        Console.WriteLine(reused + " " + existing);
        var parsed = new List<long>();
        foreach (var text in new[] { "10", "-20", "z" })
        {
            parsed.Add(long.TryParse(text, out var l) ? l : -1);
        }
        Console.WriteLine(string.Join(",", parsed));
        Console.WriteLine(int.TryParse("42", System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var withStyle) + " " + withStyle);
        Console.WriteLine(double.TryParse("1,5", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var noThousands) + " " + noThousands);
        Console.WriteLine(double.TryParse("2.5", System.Globalization.CultureInfo.InvariantCulture, out var withProvider) + " " + withProvider);
        Console.WriteLine(double.Parse("1,234.5", System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine(int.Parse(" 17 ", System.Globalization.CultureInfo.InvariantCulture) + double.Parse("0.5", System.Globalization.CultureInfo.InvariantCulture));
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var samples = new[] { "  padded  ", "\t\r\n tabs \n", "", "   ", "none", "\u00a0nbsp\u3000", "\u0085nel\u0085", "\ufeffbom\ufeff", "\u2028line\u2029" };
        foreach (var sample in samples)
        {
            Console.WriteLine($"[{Escape(sample.Trim())}] [{Escape(sample.TrimStart())}] [{Escape(sample.TrimEnd())}] {sample.Trim().Length}");
        }
        var csv = "--,;value;,--";
        Console.WriteLine(csv.Trim('-') + " | " + csv.Trim('-', ',', ';') + " | " + csv.TrimStart('-', ',') + " | " + csv.TrimEnd('-') + " | " + csv.Trim(new[] { '-', ';', ',' }));
        Console.WriteLine("xxaxx".Trim('x') + "|" + "xxxx".Trim('x') + "|" + "aaa".TrimStart('b') + "|" + "  a  ".Trim(new char[0]) + "|");
        Console.WriteLine("😀x😀".Trim('x') + "|" + "0012300".TrimStart('0') + "|" + "0012300".TrimEnd('0'));
    }

    private static string Escape(string text)
    {
        var result = "";
        foreach (var c in text)
        {
            result += c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4") : c.ToString();
        }
        return result;
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var samples = new[] { null, "", " ", "\t\n", "a", " a ", "\u00a0", "\u0085", "\ufeff", "\u200b", "\u3000" };
        foreach (var sample in samples)
        {
            Console.WriteLine($"{Describe(sample)}: empty={string.IsNullOrEmpty(sample)} blank={string.IsNullOrWhiteSpace(sample)} length={sample?.Length}");
        }
        string? title = null;
        var shown = string.IsNullOrEmpty(title) ? "(untitled)" : title;
        Console.WriteLine(shown + " " + (string.IsNullOrWhiteSpace(title) || title.Length > 3));
        Console.WriteLine(string.Empty.Length + " [" + string.Empty + "] " + (string.Empty == "") + " " + string.IsNullOrEmpty(string.Empty));
    }

    private static string Describe(string? text)
    {
        if (text == null) return "null";
        var result = "\"";
        foreach (var c in text) result += c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4") : c.ToString();
        return result + "\"";
    }
}

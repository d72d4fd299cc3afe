using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        char c = 'a';
        int code = c;
        char next = (char)(c + 1);
        Console.WriteLine(code + " " + next + " " + (c + 1) + " " + (char)98 + " " + ('z' - 'a') + " " + (int)'0');
        c = (char)(c + 1);
        Console.WriteLine(c);
        c = (char)(c + 2);
        Console.WriteLine(c + " " + (c > 'b') + " " + (c == 'd') + " " + ('A' < 'a') + " " + (c >= 'a' && c <= 'z'));
        var shifted = "";
        foreach (var letter in "HAL") shifted += (char)(letter + 1);
        Console.WriteLine(shifted);
        var digit = '7';
        Console.WriteLine((digit - '0') * 2 + " " + (char)('0' + 5) + " " + char.ToUpper(c) + char.ToLower('Q'));
        var alphabet = "";
        for (var ch = 'a'; ch <= 'e'; ch = (char)(ch + 1)) alphabet += ch;
        Console.WriteLine(alphabet + " " + alphabet.Length);
        Console.WriteLine('a'.CompareTo('b') + " " + 'b'.CompareTo('a') + " " + 'x'.CompareTo('x') + " " + 'a'.Equals('a') + " " + 'a'.ToString() + char.ToString('b'));
        char max = char.MaxValue;
        char min = char.MinValue;
        Console.WriteLine((int)max + " " + (int)min + " " + (int)(char)(code + 65536) + " " + (int)(char)(code - 98) + " " + (int)(char)(max + 1));
        Console.WriteLine("Caesar: " + Caesar("Hello, World", 3) + " / " + Caesar(Caesar("Hello, World", 3), 23));
    }

    private static string Caesar(string text, int shift)
    {
        var result = "";
        foreach (var c in text)
        {
            if (char.IsUpper(c)) result += (char)('A' + (c - 'A' + shift) % 26);
            else if (char.IsLower(c)) result += (char)('a' + (c - 'a' + shift) % 26);
            else result += c;
        }
        return result;
    }
}

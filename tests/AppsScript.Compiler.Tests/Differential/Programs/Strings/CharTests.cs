using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var samples = "aZ5 \t\n_-!?.,;:'\"()[]{}@#%&*/\\+<=>$^|~`é ßÄ٣०ⅧΩω\u00a0\u0085\ufeff\u2028ǅ½€中ー";
        foreach (var c in samples)
        {
            Console.WriteLine(((int)c).ToString("X4") + " digit=" + char.IsDigit(c) + " letter=" + char.IsLetter(c) + " letterOrDigit=" + char.IsLetterOrDigit(c)
                + " white=" + char.IsWhiteSpace(c) + " upper=" + char.IsUpper(c) + " lower=" + char.IsLower(c) + " punct=" + char.IsPunctuation(c));
        }
        var text = "R2-D2 x";
        Console.WriteLine(char.IsDigit(text, 1) + " " + char.IsLetter(text, 0) + " " + char.IsPunctuation(text, 2) + " " + char.IsWhiteSpace(text, 5) + " " + char.IsUpper(text, 3) + " " + char.IsLower(text, 6));
        var emoji = "😀";
        Console.WriteLine(char.IsLetter(emoji[0]) + " " + char.IsSurrogate(emoji[0]) + " " + char.IsHighSurrogate(emoji[0]) + " " + char.IsLowSurrogate(emoji[1]) + " " + char.IsLowSurrogate(emoji[0]));
        Console.WriteLine(char.IsAsciiDigit('7') + " " + char.IsAsciiDigit('٣') + " " + char.IsAsciiLetterUpper('Q') + " " + char.IsAsciiLetterLower('Q'));
        var digits = 0;
        var letters = 0;
        foreach (var c in "Track 12: Intro (2:05)")
        {
            if (char.IsDigit(c)) digits++;
            else if (char.IsLetter(c)) letters++;
        }
        Console.WriteLine(digits + " digits, " + letters + " letters");
    }
}

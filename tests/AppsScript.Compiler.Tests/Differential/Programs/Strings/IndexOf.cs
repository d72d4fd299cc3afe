using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "abcABCabc";
        Console.WriteLine(text.IndexOf('b') + " " + text.IndexOf('z') + " " + text.IndexOf("bc") + " " + text.IndexOf("") + " " + text.IndexOf("Cab"));
        Console.WriteLine(text.IndexOf('b', 2) + " " + text.IndexOf("bc", 2) + " " + text.IndexOf("", 4) + " " + text.IndexOf('c', 9));
        Console.WriteLine(text.LastIndexOf('b') + " " + text.LastIndexOf("bc") + " " + text.LastIndexOf("") + " " + text.LastIndexOf('z'));
        Console.WriteLine(text.LastIndexOf('b', 6) + " " + text.LastIndexOf("bc", 7) + " " + text.LastIndexOf("bc", 8) + " " + text.LastIndexOf("abc", 2) + " " + text.LastIndexOf("abc", 1));
        Console.WriteLine(text.LastIndexOf("", 3) + " " + text.LastIndexOf("c", 0) + " " + text.LastIndexOf("a", 0));
        Console.WriteLine(text.IndexOf("abc", StringComparison.Ordinal) + " " + text.IndexOf("ABC", StringComparison.Ordinal) + " " + text.IndexOf("ABC", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(text.IndexOf("bca", StringComparison.OrdinalIgnoreCase) + " " + text.IndexOf("CAB", 3, StringComparison.OrdinalIgnoreCase) + " " + text.IndexOf('C', StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(text.LastIndexOf("ABC", StringComparison.OrdinalIgnoreCase) + " " + text.LastIndexOf("ABC", StringComparison.InvariantCulture) + " " + text.IndexOf("abc", StringComparison.CurrentCultureIgnoreCase));
        Console.WriteLine(text.LastIndexOf("abc", 5, StringComparison.OrdinalIgnoreCase) + " " + text.LastIndexOf("abc", 4, StringComparison.OrdinalIgnoreCase) + " " + text.LastIndexOf("bc", 8, StringComparison.Ordinal));
        var german = "Straße STRASSE";
        Console.WriteLine(german.IndexOf("SS", StringComparison.OrdinalIgnoreCase) + " " + german.IndexOf("ß", StringComparison.OrdinalIgnoreCase) + " " + german.IndexOf("STRASSE", StringComparison.OrdinalIgnoreCase));
        var emoji = "a😀b😀";
        Console.WriteLine(emoji.IndexOf("😀") + " " + emoji.LastIndexOf("😀") + " " + emoji.IndexOf('b'));
        Console.WriteLine("".IndexOf("") + " " + "".LastIndexOf("") + " " + "".IndexOf('a'));
    }
}

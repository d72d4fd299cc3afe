using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        foreach (var c in "aZß5éÉıİſµÿǅσςΣᾳ")
        {
            var upper = char.ToUpper(c);
            var lower = char.ToLower(c);
            Console.WriteLine(c + " " + ((int)c).ToString("X4") + " upper " + upper + " " + ((int)upper).ToString("X4") + " lower " + lower + " " + ((int)lower).ToString("X4")
                + " " + (char.ToUpperInvariant(c) == upper) + " " + (char.ToLowerInvariant(c) == lower));
        }
        var title = "";
        var capitalize = true;
        foreach (var c in "the dark side of the moon")
        {
            title += capitalize ? char.ToUpper(c) : c;
            capitalize = c == ' ';
        }
        Console.WriteLine(title);
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "one two one two";
        string? nothing = null;
        Console.WriteLine(text.Replace("one", "1") + " | " + text.Replace("two", "") + " | " + text.Replace("three", "3") + " | " + text.Replace("one", nothing));
        Console.WriteLine(text.Replace(' ', '_') + " | " + "aaa".Replace("a", "aa") + " | " + "aaaa".Replace("aa", "b") + " | " + "$1 $&".Replace("$", "$$"));
        Console.WriteLine("a.b.c".Replace(".", "\\.") + " | " + "😀x😀".Replace("😀", ":)") + " | " + "".Replace("a", "b"));
        Console.WriteLine(Swap("Mississippi", "ss", "SS") + " | " + Swap("abc", "b", null));
        foreach (var bad in new[] { "", null })
        {
            try
            {
                Console.WriteLine(Swap("abc", bad!, "x"));
            }
            catch (ArgumentNullException e)
            {
                Console.WriteLine("ArgumentNullException: " + e.Message);
            }
            catch (ArgumentException e)
            {
                Console.WriteLine("ArgumentException: " + e.Message);
            }
        }
    }

    private static string Swap(string text, string oldValue, string? newValue) => text.Replace(oldValue, newValue);
}

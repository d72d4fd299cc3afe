using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("[" + "7".PadLeft(3) + "] [" + "7".PadLeft(3, '0') + "] [" + "abc".PadLeft(2) + "] [" + "x".PadRight(4) + "] [" + "x".PadRight(4, '.') + "] [" + "".PadRight(0) + "]");
        Console.WriteLine("abc".Insert(0, ">") + " " + "abc".Insert(3, "<") + " " + "abc".Insert(1, "--") + " " + "abc".Insert(2, ""));
        Console.WriteLine("abcdef".Remove(3) + " " + "abcdef".Remove(1, 2) + " " + "abcdef".Remove(6) + " " + "abcdef".Remove(0, 6) + " [" + "abcdef".Remove(0) + "]");
        Show("Insert(5)", () => "abc".Insert(5, "x"));
        Show("Insert(-1)", () => "abc".Insert(-1, "x"));
        Show("Remove(7)", () => "abcdef".Remove(7));
        Show("Remove(-1)", () => "abcdef".Remove(-1));
        Show("Remove(-1, 2)", () => "abcdef".Remove(-1, 2));
        Show("Remove(4, 3)", () => "abcdef".Remove(4, 3));
        Show("Remove(1, -1)", () => "abcdef".Remove(1, -1));
        Show("Remove(8, 0)", () => "abcdef".Remove(8, 0));
        for (var i = 1; i <= 3; i++) Console.WriteLine(i.ToString().PadLeft(4, '0') + "|" + ("#" + i).PadRight(5) + "|");
    }

    private static void Show(string label, Func<string> run)
    {
        try
        {
            Console.WriteLine(label + " = " + run());
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(label + " threw: " + e.Message);
        }
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "Hello, world";
        Show("Substring(7)", () => text.Substring(7));
        Show("Substring(0, 5)", () => text.Substring(0, 5));
        Show("Substring(12)", () => text.Substring(12));
        Show("Substring(12, 0)", () => text.Substring(12, 0));
        Show("Substring(3, 0)", () => text.Substring(3, 0));
        Show("Substring(13)", () => text.Substring(13));
        Show("Substring(-1)", () => text.Substring(-1));
        Show("Substring(5, 10)", () => text.Substring(5, 10));
        Show("Substring(2, -1)", () => text.Substring(2, -1));
        Show("Substring(-2, 3)", () => text.Substring(-2, 3));
        Show("Substring(20, 1)", () => text.Substring(20, 1));
        Show("empty Substring(0)", () => "".Substring(0));
        Show("empty Substring(1)", () => "".Substring(1));
        var comma = text.IndexOf(',');
        Console.WriteLine(text.Substring(0, comma) + "|" + text.Substring(comma + 2));
    }

    private static void Show(string label, Func<string> run)
    {
        try
        {
            Console.WriteLine(label + " = [" + run() + "]");
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(label + " threw ArgumentOutOfRangeException: " + e.Message + " | " + e.ParamName);
        }
    }
}

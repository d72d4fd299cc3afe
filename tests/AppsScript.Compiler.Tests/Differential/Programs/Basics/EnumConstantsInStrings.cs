using System;
using AppsScript.Interop;

public enum Season { Winter, Spring, Summer = 5, Autumn }

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        // Constant enum values are folded to numbers by C#, yet print their member names.
        Console.WriteLine($"{Season.Spring} and {Season.Autumn}");
        Console.WriteLine(Season.Summer);
        Console.WriteLine("first: " + Season.Winter);
        var current = Season.Summer;
        Console.WriteLine($"current {current}, next {current + 1}, none {(Season)9}");
        Season? missing = null;
        Console.WriteLine($"missing [{missing}] present [{(Season?)Season.Spring}]");
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int? small = 300;
        int? none = null;
        long? widened = small;
        double? asDouble = small;
        int? fromLiteral = 5;
        Console.WriteLine($"{widened} {asDouble / 7} {fromLiteral} [{(long?)none}]");
        Console.WriteLine((byte)small.Value + " " + (short?)(small * 300) + " " + (int)(double?)2.9);
        long? large = 5000000000;
        Console.WriteLine((int)large);
        double? fraction = -2.5;
        Console.WriteLine((int)fraction + " " + (long)fraction);
        object boxed = small.Value;
        object? boxedNone = none;
        Console.WriteLine($"{boxed} [{boxedNone}] {boxedNone == null}");
        int? chosen = small > 100 ? small : null;
        Console.WriteLine(chosen);
    }
}

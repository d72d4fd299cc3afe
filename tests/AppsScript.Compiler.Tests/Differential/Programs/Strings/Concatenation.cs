using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        string? nothing = null;
        string name = "Ada";
        bool flag = false;
        double ratio = 2.0 / 3;
        char initial = 'A';
        int year = 1815;
        Console.WriteLine("name: " + name + ", nothing: [" + nothing + "]");
        Console.WriteLine("flag " + flag + " " + true + " ratio " + ratio + " whole " + 3.0);
        Console.WriteLine("char " + initial + " int " + year + " neg " + -year);
        Console.WriteLine(initial + 1 + "|" + (char)(initial + 1) + "|" + initial + 1);
        Console.WriteLine(1 + 2 + "3" + 4 + 5);
        Console.WriteLine(nothing + nothing + "|");
        Console.WriteLine(nothing + 1.5 + true);
        var text = "";
        for (var i = 0; i < 4; i++) text += i + ",";
        text += 0.5;
        text += 'z';
        Console.WriteLine(text);
        string joined = "a" + (object?)null + "b";
        Console.WriteLine(joined);
        Console.WriteLine("e: " + 1e-7 + " big: " + 123456789012345678.0 + " neg zero: " + (-0.0));
        Console.WriteLine(string.Concat(name, nothing) + "|" + string.Concat("x", "y", "z", "w"));
    }
}

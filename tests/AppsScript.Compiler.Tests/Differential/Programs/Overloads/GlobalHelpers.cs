using System;
using System.Collections.Generic;
using AppsScript.Interop;

// Two [GlobalFunctions] classes share Apps Script's one global scope: their private helpers and fields of the
// same name are numbered apart, and their entry points keep their names.
[GlobalFunctions]
public static class Tools
{
    private static int count = 100;

    private static readonly List<string> seen = new();

    public static string Describe(int value)
    {
        count++;
        seen.Add(Format(value));
        return Format(value) + " " + Format("tools") + " " + count;
    }

    public static string Seen() => string.Join(",", seen);

    private static string Format(int value) => "Tools.Format(int " + value + ")";

    private static string Format(string value) => "Tools.Format(string " + value + ")";

    // A helper named like one of the compiler's runtime helpers.
    private static int IntDiv(int a, int b) => a * 100 + b;

    public static int Divide(int a, int b) => IntDiv(a, b) + a / b;
}

[GlobalFunctions]
public static class Program
{
    private static int count;

    private static readonly List<string> seen = new();

    public static void Main()
    {
        Console.WriteLine(Format(1) + " " + Format("a") + " " + Format(2, 3) + " " + Format());
        Console.WriteLine(Tools.Describe(5));
        Console.WriteLine(Tools.Describe(6));
        Console.WriteLine(Tools.Seen() + " / " + string.Join(",", seen) + " / " + count);
        Console.WriteLine(Tools.Divide(7, 2) + " " + Compute(9) + " " + Compute(9.5) + " " + Compute("9"));
        Func<int, string> format = Format;
        Func<string, string> formatText = Format;
        Console.WriteLine(format(8) + " " + formatText("b"));
    }

    private static string Format(int value)
    {
        count++;
        seen.Add("int");
        return "Program.Format(int " + value + ")";
    }

    private static string Format(string value)
    {
        count++;
        seen.Add("string");
        return "Program.Format(string " + value + ")";
    }

    private static string Format(int a, int b) => "Program.Format(int, int " + a + " " + b + ")";

    private static string Format() => "Program.Format()";

    private static string Compute(int value) => "int " + value;

    private static string Compute(double value) => "double " + value;

    private static string Compute(string value, int times = 2) => "string " + value + " x" + times;
}

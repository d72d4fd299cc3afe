using System;
using AppsScript.Interop;

public class Formatter
{
    private readonly string separator;

    public Formatter(string separator = ", ")
    {
        this.separator = separator;
    }

    public string Join(params string[] parts)
    {
        var result = "";
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) result += separator;
            result += parts[i];
        }
        return result;
    }

    public string Describe(string name, int count = 1, string unit = "item", bool plural = true) =>
        name + ": " + count + " " + unit + (plural && count != 1 ? "s" : "");
}

[GlobalFunctions]
public static class Program
{
    private static int order;

    public static void Main()
    {
        var formatter = new Formatter();
        Console.WriteLine(formatter.Join());
        Console.WriteLine(formatter.Join("a"));
        Console.WriteLine(formatter.Join("a", "b", "c"));
        Console.WriteLine(new Formatter(" | ").Join(new[] { "x", "y" }));
        Console.WriteLine(formatter.Describe("apples"));
        Console.WriteLine(formatter.Describe("apples", 3));
        Console.WriteLine(formatter.Describe("boxes", unit: "crate", count: 2));
        Console.WriteLine(formatter.Describe("cars", plural: false, count: 5));
        Console.WriteLine(Sum(Next("a"), Next("b"), Next("c")));
        Console.WriteLine(Pair(second: Next("second"), first: Next("first")));
        Func<string[], string> joiner = formatter.Join;
        Console.WriteLine(joiner(new[] { "m", "n" }));
        Func<string, int, string, bool, string> describe = formatter.Describe;
        Console.WriteLine(describe("pens", 0, "pen", true));
    }

    private static int Next(string label)
    {
        Console.WriteLine("evaluating " + label);
        return ++order;
    }

    private static int Sum(params int[] values)
    {
        var total = 0;
        foreach (var value in values) total = total * 10 + value;
        return total;
    }

    private static string Pair(int first, int second) => first + "," + second;
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var (quotient, remainder) = Divide(17, 5);
        Console.WriteLine(quotient + " r " + remainder);
        var result = Divide(9, 4);
        Console.WriteLine(result.Quotient + " " + result.Remainder + " " + result.Item1);
        (int a, int b) = (1, 2);
        (a, b) = (b, a);
        Console.WriteLine(a + " " + b);
        var (name, (x, y)) = ("point", (3, 4));
        Console.WriteLine(name + " " + x + " " + y);
        var pair = (Count: 3, Label: "items");
        Console.WriteLine($"{pair.Count} {pair.Label}");
        var (_, second) = Divide(100, 7);
        Console.WriteLine(second);
        var minMax = MinMax(new[] { 5, -2, 9, 3 });
        Console.WriteLine(minMax.Min + ".." + minMax.Max);
    }

    private static (int Quotient, int Remainder) Divide(int a, int b) => (a / b, a % b);

    private static (int Min, int Max) MinMax(int[] values)
    {
        var min = values[0];
        var max = values[0];
        foreach (var value in values)
        {
            if (value < min) min = value;
            if (value > max) max = value;
        }
        return (min, max);
    }
}

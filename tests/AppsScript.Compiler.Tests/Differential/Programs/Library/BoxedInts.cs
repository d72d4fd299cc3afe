using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public interface ICell
{
    string Text { get; }
}

public sealed class Cell : ICell
{
    public Cell(string text)
    {
        Text = text;
    }

    public string Text { get; }
}

[GlobalFunctions]
public static class Program
{
    private static string Describe(object? value) => value switch
    {
        null => "null",
        int n when n < 0 => $"negative int {n}",
        int n => $"int {n}",
        string { Length: 0 } => "empty string",
        string s => $"string '{s}'",
        bool b => $"bool {b}",
        Cell cell => $"cell {cell.Text}",
        _ => "something else",
    };

    public static void Main()
    {
        var row = new List<object?> { 1, "two", -3, true, null, "", new Cell("A1"), 0, int.MaxValue };
        foreach (var value in row)
        {
            Console.WriteLine(Describe(value));
        }
        object boxed = 42;
        if (boxed is int k && k > 40) Console.WriteLine("is int k: " + (k + 1));
        Console.WriteLine("is long: " + (boxed is long) + ", is double: " + (boxed is double) + ", is not int: " + (boxed is not int));
        Console.WriteLine("ints: " + string.Join(",", row.OfType<int>()) + " sum " + row.OfType<int>().Sum());
        var total = 0;
        foreach (var value in row)
        {
            switch (value)
            {
                case int number:
                    total += number % 1000;
                    break;
                case string text:
                    total += text.Length;
                    break;
            }
        }
        Console.WriteLine("total: " + total);
        object text2 = "7";
        Console.WriteLine("a string is not an int: " + (text2 is int) + " " + (text2 is string));
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public static class Show
{
    public static string All<T>(IEnumerable<T> items)
    {
        var text = "[";
        var first = true;
        foreach (var item in items)
        {
            text += (first ? "" : ", ") + item;
            first = false;
        }
        return text + "]";
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var primes = new[] { 2, 3, 5, 7 };
        int[] odds = { 1, 3, 5 };
        var words = new string[] { "x", "y" };
        Console.WriteLine("initialisers: " + Show.All(primes) + " " + Show.All(odds) + " " + Show.All(words));
        Console.WriteLine("Length: " + primes.Length + ", last: " + primes[primes.Length - 1]);

        var zeros = new int[3];
        var texts = new string?[2];
        var flags = new bool[2];
        var ratios = new double[2];
        var letters = new char[2];
        Console.WriteLine("defaults: " + Show.All(zeros) + " " + (texts[0] == null) + " " + Show.All(flags) + " " + Show.All(ratios) + " " + (letters[0] == '\0'));
        var size = 4;
        var squares = new int[size];
        for (var i = 0; i < squares.Length; i++) squares[i] = i * i;
        Console.WriteLine("filled by index: " + Show.All(squares));
        squares[1] += 10;
        squares[2]++;
        Console.WriteLine("compound element updates: " + Show.All(squares));

        var none = new int[0];
        var empty = Array.Empty<string>();
        Console.WriteLine("empty arrays: " + none.Length + " " + empty.Length + " " + Show.All(empty));

        var grid = new int[2][];
        grid[0] = new[] { 1, 2 };
        grid[1] = new int[3];
        grid[1][2] = 9;
        Console.WriteLine("jagged: " + Show.All(grid[0]) + " " + Show.All(grid[1]) + " rows " + grid.Length);

        var pairs = new (int Id, string? Name)[2];
        Console.WriteLine("tuple defaults: " + pairs[0].Id + " [" + pairs[1].Name + "] " + (pairs[1].Name == null));
        pairs[0] = (7, "seven");
        Console.WriteLine("tuple element replaced: " + pairs[0].Id + " " + pairs[0].Name + ", other still " + pairs[1].Id);

        var aliased = primes;
        aliased[0] = 99;
        Console.WriteLine("arrays are references: " + primes[0]);
        IEnumerable<int> sequence = primes;
        Console.WriteLine("as a sequence: " + Show.All(sequence));
    }
}

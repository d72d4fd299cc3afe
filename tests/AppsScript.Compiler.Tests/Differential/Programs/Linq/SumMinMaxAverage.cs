using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public record Track(string Title, int Seconds, double? Rating);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var ints = new List<int> { 4, -2, 9, 0 };
        var doubles = new[] { 0.1, 0.2, 0.3 };
        var none = new List<int>();
        Console.WriteLine("Sum: " + ints.Sum() + " " + doubles.Sum() + " " + none.Sum() + " " + new long[] { 3000000000L, 3000000000L }.Sum());
        Console.WriteLine("Min/Max: " + ints.Min() + " " + ints.Max() + " " + doubles.Min() + " " + doubles.Max());
        Console.WriteLine("Average: " + ints.Average() + " " + doubles.Average() + " " + new[] { 1, 2 }.Average() + " " + new[] { 7L }.Average());

        var tracks = new List<Track> { new("a", 200, 4.5), new("b", 95, null), new("c", 310, 3.0) };
        Console.WriteLine("with selectors: " + tracks.Sum(t => t.Seconds) + " " + tracks.Min(t => t.Seconds) + " " + tracks.Max(t => t.Seconds) + " " + tracks.Average(t => t.Seconds));
        Console.WriteLine("nullable skips nulls: " + tracks.Sum(t => t.Rating) + " " + tracks.Min(t => t.Rating) + " " + tracks.Max(t => t.Rating) + " " + tracks.Average(t => t.Rating));
        var noRatings = new List<double?> { null, null };
        Console.WriteLine("all null: [" + noRatings.Sum() + "] [" + noRatings.Min() + "] [" + noRatings.Max() + "] [" + noRatings.Average() + "] " + (noRatings.Average() == null));
        var emptyNullable = new List<int?>();
        Console.WriteLine("empty nullable: " + emptyNullable.Sum() + " [" + emptyNullable.Min() + "] [" + emptyNullable.Max() + "] " + (emptyNullable.Average() == null));

        Try("Min of no ints", () => none.Min());
        Try("Max of no ints", () => none.Max());
        Try("Average of no ints", () => none.Average());
        Try("Max with selector of nothing", () => new List<Track>().Max(t => t.Seconds));
        Try("Average of no doubles", () => new double[0].Average());

        var words = new[] { "pear", "Apple", "fig", "apple" };
        Console.WriteLine("strings, ordinal: " + words.Min() + " " + words.Max() + " " + words.Min(w => w.Length) + " " + words.Max(w => w + "!"));
        Console.WriteLine("no strings: [" + new List<string>().Min() + "] " + (new List<string>().Max() == null));
        var withNull = new List<string?> { null, "b", "a" };
        Console.WriteLine("null strings skipped: " + withNull.Min() + " " + withNull.Max());
        Console.WriteLine("chars: " + "hello".Min() + " " + "hello".Max());

        var special = new[] { 1.0, double.NaN, -5.0 };
        Console.WriteLine("NaN: Min " + special.Min() + " Max " + special.Max() + " Sum " + special.Sum() + " all NaN Max " + new[] { double.NaN }.Max());
        var infinite = new[] { double.PositiveInfinity, double.NegativeInfinity, 3 };
        Console.WriteLine("infinities: " + infinite.Min() + " " + infinite.Max() + " " + infinite.Sum());
        Console.WriteLine("longs: " + new[] { 5L, -7L }.Min() + " " + new[] { 5L, -7L }.Max());
    }

    private static void Try(string what, Func<double> action)
    {
        try
        {
            Console.WriteLine(what + ": " + action());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(what + " throws: " + e.Message);
        }
    }
}

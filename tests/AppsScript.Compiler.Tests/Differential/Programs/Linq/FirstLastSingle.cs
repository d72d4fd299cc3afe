using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = new List<int> { 3, 8, 5, 8, 1 };
        var empty = new List<int>();
        Console.WriteLine("First: " + numbers.First() + " " + numbers.First(n => n > 4) + ", Last: " + numbers.Last() + " " + numbers.Last(n => n > 4));
        Console.WriteLine("Single: " + new[] { 42 }.Single() + " " + numbers.Single(n => n == 5));
        Try("First on empty", () => empty.First());
        Try("First without match", () => numbers.First(n => n > 100));
        Try("First(pred) on empty", () => empty.First(n => true));
        Try("Last on empty", () => empty.Last());
        Try("Last without match", () => numbers.Last(n => n < 0));
        Try("Single on empty", () => empty.Single());
        Try("Single of many", () => numbers.Single());
        Try("Single without match", () => numbers.Single(n => n > 100));
        Try("Single of many matches", () => numbers.Single(n => n == 8));
        Try("SingleOrDefault of many", () => numbers.SingleOrDefault());
        Try("SingleOrDefault of many matches", () => numbers.SingleOrDefault(n => n > 4));

        var checks = new List<int>();
        var last = numbers.Last(n =>
        {
            checks.Add(n);
            return n > 4;
        });
        Console.WriteLine("Last(pred) " + last + " checks from the end: " + checks.Count);

        var words = new[] { "alpha", "beta" };
        var set = new HashSet<string> { "z", "y" };
        Console.WriteLine("over a set: " + set.First() + " " + set.Last() + " " + set.Single(s => s == "y"));
        Console.WriteLine("over a string: " + "hey".First() + " " + "hey".Last() + " " + "hey".Single(c => c == 'e'));
        Console.WriteLine("of words: " + words.First(w => w.StartsWithB()) + " " + words.Last());
    }

    private static bool StartsWithB(this string word) => word.Length > 0 && word.First() == 'b';

    private static void Try(string what, Func<int> action)
    {
        try
        {
            Console.WriteLine(what + ": " + action());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(what + " throws InvalidOperationException: " + e.Message);
        }
    }
}

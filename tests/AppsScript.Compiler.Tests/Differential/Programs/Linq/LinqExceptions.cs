using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class PlaylistService
{
    private readonly Dictionary<string, List<int>> _lengths = new() { ["gym"] = new List<int> { 180, 200 }, ["empty"] = new List<int>() };

    public int Longest(string playlist) => _lengths[playlist].Max();

    public double AverageOf(string playlist) => _lengths[playlist].Average();

    public int OnlyOver(string playlist, int seconds) => _lengths[playlist].Single(s => s > seconds);
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var service = new PlaylistService();
        Run("longest gym", () => service.Longest("gym"));
        Run("longest empty", () => service.Longest("empty"));
        Run("longest missing", () => service.Longest("nope"));
        Run("average empty", () => service.AverageOf("empty"));
        Run("only over 190", () => service.OnlyOver("gym", 190));
        Run("only over 100", () => service.OnlyOver("gym", 100));
        Run("only over 500", () => service.OnlyOver("gym", 500));
        Run("first of a filtered list", () => new[] { 1, 2 }.Where(n => n > 5).First());
        Run("to a dictionary", () => new[] { "a", "b", "a" }.ToDictionary(s => s).Count);
        Run("nested", () => Outer(new List<int>()));
    }

    private static double Outer(List<int> values)
    {
        try
        {
            return Inner(values);
        }
        finally
        {
            Console.WriteLine("  (finally in Outer ran)");
        }
    }

    private static double Inner(List<int> values) => values.Select(v => v * 2.0).Min();

    private static void Run(string what, Func<double> action)
    {
        try
        {
            Console.WriteLine(what + " = " + action());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(what + ": InvalidOperationException " + e.Message);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(what + ": KeyNotFoundException " + e.Message);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(what + ": ArgumentException " + e.Message);
        }
    }
}

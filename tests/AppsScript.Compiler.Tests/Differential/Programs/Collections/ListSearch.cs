using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Track
{
    public Track(string title) { Title = title; }

    public string Title { get; }

    public override string ToString() => Title;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = new List<int> { 5, 3, 5, 8, 3, 5 };
        Console.WriteLine($"Contains 8: {numbers.Contains(8)}, Contains 4: {numbers.Contains(4)}");
        Console.WriteLine($"IndexOf 5: {numbers.IndexOf(5)}, LastIndexOf 5: {numbers.LastIndexOf(5)}, IndexOf 9: {numbers.IndexOf(9)}");
        Console.WriteLine($"Remove 5: {numbers.Remove(5)} -> count {numbers.Count}, first now {numbers[0]}");
        Console.WriteLine($"Remove 9: {numbers.Remove(9)} -> count {numbers.Count}");
        numbers.Remove(3);
        Console.WriteLine($"after Remove(3) as a statement: {numbers[0]} {numbers[1]} {numbers[2]} {numbers[3]}");

        var names = new List<string?> { "ana", null, "Ünal", "😀 smile", null };
        string? nothing = null;
        Console.WriteLine($"Contains null: {names.Contains(nothing)}, IndexOf null: {names.IndexOf(null)}, LastIndexOf null: {names.LastIndexOf(null)}");
        Console.WriteLine($"Contains Ünal: {names.Contains("Ünal")}, IndexOf 😀 smile: {names.IndexOf("😀 smile")}, Contains unal: {names.Contains("unal")}");
        Console.WriteLine($"Remove null: {names.Remove(null)}, count {names.Count}, IndexOf null now {names.IndexOf(null)}");

        var fromConditional = new List<string?>();
        Track? missing = null;
        fromConditional.Add(missing?.Title);
        fromConditional.Add("x");
        Console.WriteLine($"null made by ?. is found: {fromConditional.Contains(null)} at {fromConditional.IndexOf(null)}");

        var measures = new List<double> { 1.5, double.NaN, -0.0, 2 };
        Console.WriteLine($"NaN: Contains {measures.Contains(double.NaN)}, IndexOf {measures.IndexOf(double.NaN)}, LastIndexOf {measures.LastIndexOf(double.NaN)}");
        Console.WriteLine($"zero finds negative zero: {measures.IndexOf(0.0)}, Contains 2: {measures.Contains(2)}");

        var a = new Track("a");
        var tracks = new List<Track> { a, new Track("b") };
        Console.WriteLine($"same reference: {tracks.Contains(a)}, another object with the same title: {tracks.Contains(new Track("a"))}, IndexOf a: {tracks.IndexOf(a)}");
        Console.WriteLine($"Remove by reference: {tracks.Remove(a)} then {tracks.Remove(a)}, left {tracks[0]}");

        var empty = new List<int>();
        Console.WriteLine($"empty: Contains {empty.Contains(0)}, IndexOf {empty.IndexOf(0)}, Remove {empty.Remove(0)}");
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public enum Color { Red, Green, Blue }

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var squares = new Dictionary<int, string>();
        for (var i = 5; i >= -2; i--) squares[i] = (i * i).ToString();
        Console.WriteLine("count " + squares.Count + " keys " + string.Join(",", squares.Keys) + " values " + string.Join(",", squares.Values));
        var line = "";
        foreach (var pair in squares) line += pair + " ";
        Console.WriteLine(line);
        line = "";
        foreach (var (key, value) in squares) line += key + "=" + value + ";";
        Console.WriteLine(line);
        Console.WriteLine("ContainsKey 3 " + squares.ContainsKey(3) + ", 9 " + squares.ContainsKey(9) + ", ContainsValue 25 " + squares.ContainsValue("25"));
        try
        {
            Console.WriteLine(squares[7]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }
        try
        {
            squares.Add(3, "nine");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        Console.WriteLine("TryAdd 3 " + squares.TryAdd(3, "x") + ", TryAdd 6 " + squares.TryAdd(6, "36"));
        Console.WriteLine("TryGetValue 2 " + squares.TryGetValue(2, out var two) + " " + two + ", 8 " + squares.TryGetValue(8, out var eight) + " [" + eight + "]");
        Console.WriteLine("GetValueOrDefault " + squares.GetValueOrDefault(1) + " [" + squares.GetValueOrDefault(100) + "] " + squares.GetValueOrDefault(100, "none"));

        // Removing frees a slot that the next key added takes, the last freed first, as .NET's entries do.
        Console.WriteLine("Remove 4 " + squares.Remove(4) + ", Remove 0 " + squares.Remove(0) + ", Remove 40 " + squares.Remove(40));
        squares[10] = "100";
        squares.Add(11, "121");
        squares.Add(12, "144");
        Console.WriteLine("after re-adding: " + string.Join(" ", squares.Select(p => p.Key + ":" + p.Value)));
        squares[10] = "ten";
        Console.WriteLine("overwritten keeps its place: " + string.Join(" ", squares.Keys));
        squares.Clear();
        squares[1] = "one";
        Console.WriteLine("after Clear: " + squares.Count + " " + string.Join(" ", squares));

        var counts = new Dictionary<long, int>();
        foreach (var n in new long[] { 3000000000L, 7L, 3000000000L, -1L, 7L, 3000000000L })
        {
            counts.TryGetValue(n, out var seen);
            counts[n] = seen + 1;
        }
        counts[7] += 10;
        counts[-1]++;
        Console.WriteLine("long counts " + string.Join(", ", counts));
        try
        {
            counts[99]++;
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("++ on a missing key: " + e.Message);
        }

        var byColor = new Dictionary<Color, int> { [Color.Blue] = 3, [Color.Red] = 1 };
        byColor.Add(Color.Green, 2);
        line = "";
        foreach (var pair in byColor) line += pair + " ";
        Console.WriteLine(line);
        try
        {
            byColor.Add(Color.Red, 5);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        byColor.Remove(Color.Blue);
        try
        {
            Console.WriteLine(byColor[Color.Blue]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }

        var letters = new Dictionary<char, int>();
        foreach (var c in "hello world") letters[c] = letters.GetValueOrDefault(c) + 1;
        Console.WriteLine("letters " + string.Join(" ", letters.Select(p => $"{p.Key}{p.Value}")));
        Console.WriteLine("most " + letters.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First());
        Console.WriteLine("a pair's ToString " + letters.First().ToString() + " " + new KeyValuePair<Color, double?>(Color.Green, null).ToString() + " " + KeyValuePair.Create(1.5, "x"));

        var flags = new Dictionary<bool, string> { { true, "yes" }, { false, "no" } };
        Console.WriteLine("bools " + string.Join(", ", flags) + " " + flags[1 > 0]);
        try
        {
            flags.Add(false, "again");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }

        var doubles = new Dictionary<double, string>();
        doubles[-0.0] = "negative zero";
        doubles[0.0] = "zero";
        doubles[double.NaN] = "nan";
        doubles[0.0 / 0.0] = "nan again";
        doubles[1.5] = "one and a half";
        doubles[1e20] = "big";
        Console.WriteLine("doubles " + doubles.Count + ": " + string.Join(", ", doubles));
        Console.WriteLine("has 0 " + doubles.ContainsKey(0) + ", has NaN " + doubles.ContainsKey(double.NaN) + ", has 2.5 " + doubles.ContainsKey(2.5));
        try
        {
            Console.WriteLine(doubles[2.5]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }

        IDictionary<int, string> asInterface = new Dictionary<int, string> { [1] = "a" };
        asInterface[2] = "b";
        asInterface.Add(3, "c");
        IReadOnlyDictionary<int, string> readOnly = new Dictionary<int, string>(asInterface);
        Console.WriteLine("interfaces " + readOnly.Count() + " " + readOnly[2] + " " + readOnly.ContainsKey(3) + " " + string.Join(",", readOnly.Keys));
        var copy = new Dictionary<int, string>(readOnly.Where(p => p.Key != 2));
        Console.WriteLine("copy " + string.Join(",", copy) + " keys contain 3 " + copy.Keys.Contains(3));
    }
}

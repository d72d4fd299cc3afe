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

public class Song
{
    public Song(string title, int plays) { Title = title; Plays = plays; }

    public string Title { get; }

    public int Plays { get; }

    public override string ToString() => Title + ":" + Plays;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = new List<int> { 10, 9, 100, -5, 1, 25, 0, -40 };
        numbers.Sort();
        Console.WriteLine("ints numerically, not as text: " + Show.All(numbers));

        var longs = new List<long> { 900719925474, -3, 2 };
        longs.Sort();
        Console.WriteLine("longs: " + Show.All(longs));

        var doubles = new List<double> { 2.5, double.NaN, -1.25, double.PositiveInfinity, 0.1, double.NegativeInfinity, 10 };
        doubles.Sort();
        Console.WriteLine("doubles, NaN first: " + Show.All(doubles));

        var words = new List<string> { "banana", "Apple", "apple", "Zebra", "éclair", "zoo", "", "10", "9", "😀" };
        words.Sort();
        Console.WriteLine("strings ordinally: " + Show.All(words));

        var maybe = new List<string?> { "b", null, "a", null, "c" };
        maybe.Sort();
        Console.WriteLine("nulls first: " + Show.All(maybe) + " first is null " + (maybe[0] == null));

        var scores = new List<int?> { 3, null, 1 };
        scores.Sort();
        Console.WriteLine("nullable ints: " + Show.All(scores));

        var flags = new List<bool> { true, false, true, false };
        flags.Sort();
        Console.WriteLine("bools: " + Show.All(flags));

        var letters = new List<char> { 'b', 'A', 'a', 'B' };
        letters.Sort();
        Console.WriteLine("chars: " + Show.All(letters));

        numbers.Sort((a, b) => b - a);
        Console.WriteLine("Sort(Comparison) descending: " + Show.All(numbers));

        var songs = new List<Song> { new Song("x", 5), new Song("y", 1), new Song("z", 9) };
        songs.Sort((a, b) => a.Plays < b.Plays ? -1 : a.Plays > b.Plays ? 1 : 0);
        Console.WriteLine("by plays: " + Show.All(songs));
        songs.Sort((a, b) => b.Plays - a.Plays);
        Console.WriteLine("by plays descending: " + Show.All(songs));

        var empty = new List<string>();
        empty.Sort();
        Console.WriteLine("empty sorted: " + Show.All(empty));

        var array = new[] { 3, 20, 100 };
        Array.Sort(array);
        Console.WriteLine("Array.Sort: " + Show.All(array));
        Array.Sort(array, (a, b) => b - a);
        Console.WriteLine("Array.Sort with comparison: " + Show.All(array));
    }
}

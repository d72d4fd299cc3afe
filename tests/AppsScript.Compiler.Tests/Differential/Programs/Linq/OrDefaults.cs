using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public class Song
{
    public Song(string title) { Title = title; }

    public string Title { get; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var none = new List<int>();
        var numbers = new List<int> { 0, 7, 9 };
        Console.WriteLine("int: " + none.FirstOrDefault() + " " + none.LastOrDefault() + " " + none.SingleOrDefault() + " " + numbers.FirstOrDefault(n => n > 100) + " " + numbers.LastOrDefault(n => n > 100));
        Console.WriteLine("int found: " + numbers.FirstOrDefault() + " " + numbers.LastOrDefault() + " " + numbers.FirstOrDefault(n => n > 5) + " " + numbers.LastOrDefault(n => n > 5) + " " + numbers.SingleOrDefault(n => n == 7) + " " + numbers.SingleOrDefault(n => n == 8));
        Console.WriteLine("ElementAt: " + numbers.ElementAt(1) + ", ElementAtOrDefault: " + numbers.ElementAtOrDefault(2) + " " + numbers.ElementAtOrDefault(5) + " " + numbers.ElementAtOrDefault(-1));

        var flags = new List<bool>();
        var doubles = new List<double>();
        var chars = new List<char>();
        Console.WriteLine("bool " + flags.FirstOrDefault() + ", double " + doubles.LastOrDefault() + ", char code " + (int)chars.FirstOrDefault());

        var nullable = new List<int?> { null, 4 };
        Console.WriteLine("int?: [" + nullable.FirstOrDefault() + "] " + nullable.LastOrDefault() + " [" + new List<int?>().SingleOrDefault() + "] " + (nullable.FirstOrDefault(n => n > 10) == null));

        var words = new List<string> { "a", "bb" };
        Console.WriteLine("string: " + (new List<string>().FirstOrDefault() == null) + " [" + words.FirstOrDefault(w => w.Length > 5) + "] " + words.LastOrDefault(w => w.Length < 5));

        var songs = new[] { new Song("x") };
        Console.WriteLine("object: " + (songs.FirstOrDefault(s => s.Title == "y") == null) + " " + songs.SingleOrDefault()!.Title + " " + (Array.Empty<Song>().LastOrDefault()?.Title ?? "none"));

        var tuples = new List<(int Id, string Name)>();
        var firstTuple = tuples.FirstOrDefault();
        Console.WriteLine("tuple: " + firstTuple.Id + " " + (firstTuple.Name == null));
        var pairs = new Dictionary<string, int>();
        var firstPair = pairs.FirstOrDefault();
        Console.WriteLine("pair: " + (firstPair.Key == null) + " " + firstPair.Value);
        Console.WriteLine("of a set: " + new HashSet<int>().FirstOrDefault() + " " + new HashSet<int> { 3, 4 }.LastOrDefault());
        Console.WriteLine("of a computed sequence: " + numbers.Where(n => n > 1).Select(n => n * 10).LastOrDefault());
    }
}

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

public class Library
{
    private readonly Dictionary<string, List<string>> _byArtist = new();
    private readonly HashSet<string> _titles = new();

    public bool Add(string artist, string title)
    {
        if (!_titles.Add(title)) return false;
        if (!_byArtist.TryGetValue(artist, out var titles))
        {
            titles = new List<string>();
            _byArtist.Add(artist, titles);
        }
        titles.Add(title);
        return true;
    }

    public IReadOnlyList<string> TitlesOf(string artist) => _byArtist.TryGetValue(artist, out var titles) ? titles : new List<string>();

    public int ArtistCount => _byArtist.Count;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var library = new Library();
        Console.WriteLine(library.Add("abba", "waterloo") + " " + library.Add("abba", "sos") + " " + library.Add("queen", "sos") + " " + library.Add("queen", "bicycle"));
        Console.WriteLine("abba: " + Show.All(library.TitlesOf("abba")) + ", queen: " + Show.All(library.TitlesOf("queen")) + ", nobody: " + Show.All(library.TitlesOf("nobody")) + ", artists " + library.ArtistCount);

        var matrix = new List<List<int>> { new List<int> { 1, 2 }, new List<int> { 3 } };
        matrix[1].Add(4);
        matrix.Add(new List<int>());
        var sums = new List<int>();
        foreach (var row in matrix)
        {
            var sum = 0;
            foreach (var value in row) sum += value;
            sums.Add(sum);
        }
        Console.WriteLine("row sums " + Show.All(sums));

        var index = new Dictionary<string, HashSet<int>>();
        var words = new[] { "a", "b", "a", "c", "a", "b" };
        for (var i = 0; i < words.Length; i++)
        {
            if (!index.ContainsKey(words[i])) index[words[i]] = new HashSet<int>();
            index[words[i]].Add(i);
        }
        foreach (var (word, positions) in index) Console.WriteLine(word + " at " + Show.All(positions));

        var tagged = new Dictionary<string, Dictionary<string, int>>();
        tagged["rock"] = new Dictionary<string, int> { ["plays"] = 1 };
        tagged["rock"]["plays"] += 1;
        tagged["rock"]["skips"] = 0;
        Console.WriteLine("nested dictionary: " + tagged["rock"]["plays"] + " " + tagged["rock"].Count);
    }
}

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

public class Counter
{
    private readonly Dictionary<string, int> _counts = new();

    public void Add(string word)
    {
        _counts.TryGetValue(word, out var count);
        _counts[word] = count + 1;
    }

    public int CountOf(string word) => _counts.GetValueOrDefault(word);

    public IEnumerable<string> Words => _counts.Keys;

    public int Distinct => _counts.Count;

    public string Top()
    {
        var best = "";
        var bestCount = 0;
        foreach (var (word, count) in _counts)
        {
            if (count > bestCount)
            {
                best = word;
                bestCount = count;
            }
        }
        return best + " x" + bestCount;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "the cat and the hat and the bat";
        var counter = new Counter();
        var word = "";
        foreach (var c in text + " ")
        {
            if (c == ' ')
            {
                if (word.Length > 0) counter.Add(word);
                word = "";
            }
            else
            {
                word += c;
            }
        }
        Console.WriteLine("words in first-seen order: " + Show.All(counter.Words));
        Console.WriteLine("distinct " + counter.Distinct + ", the " + counter.CountOf("the") + ", and " + counter.CountOf("and") + ", dog " + counter.CountOf("dog"));
        Console.WriteLine("top: " + counter.Top());

        var lengths = new Dictionary<string, List<string>>();
        foreach (var w in counter.Words)
        {
            var key = "len" + w.Length;
            if (!lengths.ContainsKey(key)) lengths.Add(key, new List<string>());
            lengths[key].Add(w);
        }
        foreach (var pair in lengths) Console.WriteLine(pair.Key + " -> " + Show.All(pair.Value));
        var removed = new List<string>();
        foreach (var key in new List<string>(lengths.Keys))
        {
            if (lengths[key].Count > 1)
            {
                lengths.Remove(key);
                removed.Add(key);
            }
        }
        Console.WriteLine("removed while walking a copy of the keys: " + Show.All(removed) + " left " + Show.All(lengths.Keys));
    }
}

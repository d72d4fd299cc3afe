using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

public sealed class Playlist
{
    public string? Name { get; set; }

    public IEnumerable<string>? Tracks { get; set; }

    public IEnumerable<int>? Ratings { get; set; }
}

public record Album(string Title, IEnumerable<int> Lengths);

public interface IShelf
{
    IEnumerable<string> Titles();
}

public class Shelf : IShelf
{
    protected readonly IEnumerable<string> _titles;

    public Shelf(IEnumerable<string> titles) => _titles = titles;

    public virtual IEnumerable<string> Titles() => _titles;

    public IEnumerable<string> Sorted => _titles.OrderBy(t => t, StringComparer.Ordinal);
}

public sealed class ReversedShelf : Shelf
{
    public ReversedShelf(string[] titles) : base(titles) { }

    public override IEnumerable<string> Titles() => _titles.Reverse();
}

[GlobalFunctions]
public static class Program
{
    private static IEnumerable<int> _kept = new List<int> { 4, 2, 4 };

    private static IEnumerable<int> Countdown(int from)
    {
        Console.WriteLine("  countdown from " + from);
        for (var i = from; i > 0; i--) yield return i;
    }

    private static string Describe(IEnumerable<int> numbers)
    {
        var groups = numbers.GroupBy(n => n % 2 == 0 ? "even" : "odd").Select(g => g.Key + ":" + string.Join("/", g));
        return string.Join(" ", numbers.OrderByDescending(n => n)) + " | " + string.Join(",", numbers.Distinct()) + " | "
            + string.Join(" ", groups) + " | " + string.Join(",", numbers.Reverse()) + " | " + JsonConvert.SerializeObject(numbers);
    }

    private static IEnumerable<int> Doubled(IEnumerable<int> numbers) => numbers.Select(n => n * 2);

    private static int SingleOrMinus(IEnumerable<int> numbers)
    {
        try
        {
            return numbers.Single();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("  InvalidOperationException: " + e.Message);
            return -1;
        }
    }

    public static void Main()
    {
        Console.WriteLine(Describe(new List<int> { 3, 1, 2, 3 }));
        Console.WriteLine(Describe(new[] { 5 }));
        Console.WriteLine(Describe(new List<int>()));
        Console.WriteLine(Describe(Doubled(new[] { 1, 2, 2 })));
        Console.WriteLine("single: " + SingleOrMinus(new[] { 7 }) + " " + SingleOrMinus(new List<int>()) + " " + SingleOrMinus(new[] { 1, 2 }));
        Console.WriteLine("kept: " + string.Join(",", _kept.Distinct().OrderBy(n => n)) + " " + _kept.Aggregate((a, b) => a * 10 + b));
        _kept = _kept.Concat(new[] { 1 }).ToList();
        Console.WriteLine("kept after: " + JsonConvert.SerializeObject(_kept) + " " + _kept.SequenceEqual(new[] { 4, 2, 4, 1 }));

        var playlist = JsonConvert.DeserializeObject<Playlist>("{\"Name\":\"mix\",\"Tracks\":[\"b\",\"a\",\"b\"],\"Ratings\":null}")!;
        Console.WriteLine(playlist.Name + ": " + string.Join(",", playlist.Tracks!.Distinct().OrderBy(t => t, StringComparer.Ordinal)) + " ratings null: " + (playlist.Ratings is null));
        playlist.Ratings = new[] { 3, 5 };
        Console.WriteLine(JsonConvert.SerializeObject(playlist));
        var empty = JsonConvert.DeserializeObject<Playlist>("{\"Name\":\"empty\",\"Tracks\":[]}")!;
        var missing = JsonConvert.DeserializeObject<Playlist>("{}")!;
        Console.WriteLine("missing: " + (missing.Tracks?.OrderBy(t => t).Count() ?? -1) + " " + JsonConvert.SerializeObject(missing));
        Console.WriteLine("empty: " + empty.Tracks!.Reverse().Count() + " " + JsonConvert.SerializeObject(empty));

        var album = new Album("Kind", new List<int> { 545, 562, 330 });
        Console.WriteLine(album.Title + " longest first: " + string.Join(",", album.Lengths.OrderByDescending(n => n)) + " " + JsonConvert.SerializeObject(album));
        var longer = album with { Lengths = album.Lengths.Where(n => n > 400).ToArray() };
        Console.WriteLine("with: " + string.Join(",", longer.Lengths.Reverse()));

        IShelf[] shelves = { new Shelf(new List<string> { "b", "c", "a" }), new ReversedShelf(new[] { "x", "y" }) };
        foreach (var shelf in shelves) Console.WriteLine("shelf: " + string.Join(",", shelf.Titles().OrderBy(t => t, StringComparer.Ordinal)) + " " + string.Join(",", shelf.Titles()));
        Console.WriteLine("sorted: " + string.Join(",", new Shelf(new[] { "q", "p" }).Sorted));

        Func<IEnumerable<int>, string> sortedText = numbers => string.Join("<", numbers.OrderBy(n => n));
        Console.WriteLine("lambda: " + sortedText(new[] { 9, 8 }) + " " + sortedText(new List<int> { 1 }));

        Console.WriteLine("the iterator still streams: " + Countdown(3).First() + " " + string.Join(",", Countdown(2).Select(n => n * 10)));
    }
}

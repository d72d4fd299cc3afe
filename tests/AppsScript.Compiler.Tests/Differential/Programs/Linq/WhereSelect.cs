using System;
using System.Collections.Generic;
using System.Linq;
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

public record Track(string Title, int Seconds, bool Explicit);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = new List<int> { 5, 12, 8, 130, 44, 3 };
        Console.WriteLine("Where > 10: " + Show.All(numbers.Where(n => n > 10)));
        Console.WriteLine("Where with index (even positions): " + Show.All(numbers.Where((n, i) => i % 2 == 0)));
        Console.WriteLine("Select squared: " + Show.All(numbers.Select(n => n * n)));
        Console.WriteLine("Select with index: " + Show.All(numbers.Select((n, i) => i + ":" + n)));
        Console.WriteLine("chained: " + Show.All(numbers.Where(n => n % 2 == 0).Select(n => n / 2).Where(n => n > 4)));
        Console.WriteLine("nothing matches: " + Show.All(numbers.Where(n => n > 1000)) + ", empty source: " + Show.All(new List<int>().Select(n => n + 1)));

        var tracks = new[] { new Track("Intro", 61, false), new Track("Loud", 200, true), new Track("Outro", 95, false) };
        var clean = tracks.Where(t => !t.Explicit).Select(t => t.Title + " (" + t.Seconds / 60 + ":" + t.Seconds % 60 + ")");
        Console.WriteLine("clean tracks: " + Show.All(clean));
        var shapes = tracks.Select(t => new { t.Title, Minutes = t.Seconds / 60.0 });
        foreach (var shape in shapes) Console.WriteLine("anonymous " + shape.Title + " " + shape.Minutes);
        var pairs = tracks.Select((t, i) => (Index: i, t.Title));
        foreach (var (index, title) in pairs) Console.WriteLine("tuple " + index + " " + title);

        var source = new List<int> { 1, 2, 3 };
        var doubled = source.Select(n => n * 2).ToList();
        source.Add(4);
        Console.WriteLine("eager result, later source change not seen: " + Show.All(doubled));

        var query = from t in tracks where t.Seconds > 90 select t.Title;
        Console.WriteLine("query syntax: " + Show.All(query));
        var withLet = from n in numbers let half = n / 2 where half > 5 select half;
        Console.WriteLine("query with let: " + Show.All(withLet));

        var thresholds = new List<Func<int, bool>>();
        foreach (var limit in new[] { 10, 50, 100 }) thresholds.Add(n => n > limit);
        foreach (var test in thresholds) Console.WriteLine("captured limit count: " + numbers.Where(test).Count());
        var byLoop = new List<IEnumerable<int>>();
        for (var i = 1; i <= 2; i++)
        {
            var factor = i;
            byLoop.Add(numbers.Take(2).Select(n => n * factor));
        }
        foreach (var result in byLoop) Console.WriteLine("captured factor: " + Show.All(result));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var counts = (name: "intro", plays: 0);
        counts.plays++;
        counts.plays += 2;
        counts.name = counts.name.ToUpperInvariant();
        Console.WriteLine(counts);

        var t = (1, "a");
        var copy = t;
        t.Item1 = 3;
        Console.WriteLine($"{t} {copy}");
        copy.Item2 = "changed";
        Console.WriteLine($"{t} {copy}");

        var list = new List<(int Id, string Name)> { (1, "a"), (2, "b") };
        var x = list[0];
        x.Item1 = 5;
        x.Name = "five";
        Console.WriteLine($"{x} {list[0]}");
        list.Add(x);
        x.Id = 6;
        Console.WriteLine($"{x} {list[2]} {list.Count}");

        var pairs = new[] { (1, 1), (2, 2) };
        var first = pairs[0];
        first.Item2 = 10;
        Console.WriteLine($"{first} {pairs[0]}");

        var totals = new Dictionary<string, (int Count, int Sum)>();
        foreach (var n in new[] { 3, 4, 5 })
        {
            var key = n % 2 == 0 ? "even" : "odd";
            (int Count, int Sum) entry = totals.TryGetValue(key, out var found) ? found : (0, 0);
            entry.Count++;
            entry.Sum += n;
            totals[key] = entry;
        }
        foreach (var pair in totals) Console.WriteLine($"{pair.Key} {pair.Value}");

        var best = (score: 0, name: "");
        foreach (var (name, score) in new[] { ("a", 3), ("b", 7), ("c", 5) })
        {
            if (score > best.score)
            {
                best.score = score;
                best.name = name;
            }
        }
        Console.WriteLine(best);
        var reassigned = (1, 2);
        reassigned = t.Item1 > 0 ? (9, 9) : reassigned;
        reassigned.Item1 = 0;
        Console.WriteLine(reassigned);
        Func<(int, string)> captured = () => t;
        var fromLambda = captured();
        t.Item2 = "after";
        Console.WriteLine($"{fromLambda} {t}");
        (int A, int B) swapped = (1, 2);
        (swapped.A, swapped.B) = (swapped.B, swapped.A);
        Console.WriteLine(swapped);
    }
}

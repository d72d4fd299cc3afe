using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static IEnumerable<int> Numbers(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Console.WriteLine($"  source {i}");
            yield return i;
        }
        Console.WriteLine("  source done");
    }

    private static IEnumerable<int> Naturals()
    {
        var n = 0;
        while (true) yield return n++;
    }

    private static IEnumerable<string> Words()
    {
        yield return "pear";
        yield return null!;
        yield return "fig";
    }

    public static void Main()
    {
        Console.WriteLine("Where/Select chain, declared:");
        var query = Numbers(4).Where(n => { Console.WriteLine($"  where {n}"); return n % 2 == 0; })
            .Select(n => { Console.WriteLine($"  select {n}"); return n * 10; });
        Console.WriteLine("enumerating:");
        foreach (var n in query) Console.WriteLine($"got {n}");
        Console.WriteLine("again, as a list: " + string.Join(",", query.ToList()));

        Console.WriteLine("indexed Where and Select: " + string.Join(",", Numbers(3).Where((n, i) => i != 1).Select((n, i) => n * 100 + i)));
        Console.WriteLine("Count: " + Numbers(3).Count() + ", Count(pred): " + Numbers(3).Count(n => n > 1) + ", LongCount: " + Numbers(2).LongCount());
        Console.WriteLine("Sum: " + Numbers(3).Sum() + ", Sum(selector): " + Numbers(2).Sum(n => { Console.WriteLine($"  selector {n}"); return n * 2; }));
        Console.WriteLine("Min/Max/Average: " + Numbers(3).Min() + " " + Numbers(3).Max() + " " + Numbers(4).Average());
        Console.WriteLine("Max(selector): " + Numbers(3).Max(n => -n) + ", Min(selector, double): " + Numbers(2).Min(n => n / 4.0));
        Console.WriteLine("Last: " + Numbers(3).Last() + ", LastOrDefault of none: " + Numbers(0).LastOrDefault());
        Console.WriteLine("First(pred): " + Numbers(5).First(n => n > 2));
        Console.WriteLine("FirstOrDefault: " + Numbers(0).FirstOrDefault() + " " + Numbers(5).FirstOrDefault(n => n > 9));
        Console.WriteLine("Any(pred): " + Numbers(5).Any(n => n == 2));
        Console.WriteLine("ElementAtOrDefault: " + Numbers(3).ElementAtOrDefault(7) + " " + Numbers(3).ElementAtOrDefault(-1));
        Console.WriteLine("Contains null: " + Words().Contains(null) + ", Contains fig: " + Words().Contains("fig") + ", FirstOrDefault: " + (Words().Skip(1).FirstOrDefault() ?? "(null)"));
        Console.WriteLine("SkipWhile: " + string.Join(",", Numbers(4).SkipWhile(n => n < 3)));
        Console.WriteLine("Concat: " + string.Join(",", Numbers(2).Concat(Numbers(1))));
        Console.WriteLine("Append/Prepend: " + string.Join(",", Numbers(2).Append(9).Prepend(0)));
        Console.WriteLine("SelectMany: " + string.Join(",", Numbers(2).SelectMany(n => Enumerable.Repeat(n, n))));
        Console.WriteLine("SelectMany of iterators: " + string.Join(",", new[] { 1, 2 }.SelectMany(n => Numbers(n), (n, m) => n * 10 + m)));
        Console.WriteLine("Take(0): " + string.Join(",", Numbers(3).Take(0)) + "|, Take(-1): " + Numbers(3).Take(-1).Count() + ", Skip(-2): " + Numbers(2).Skip(-2).Count());
        Console.WriteLine("infinite: " + string.Join(",", Naturals().Where(n => n % 3 == 0).Select(n => n * n).Skip(1).Take(3)));
        Console.WriteLine("ToArray: " + Naturals().Take(4).ToArray().Length + ", ToHashSet: " + Naturals().Take(5).Select(n => n % 2).ToHashSet().Count);
        var list = new List<int>(Numbers(2));
        list.AddRange(Numbers(1));
        list.InsertRange(0, Naturals().Take(2));
        Console.WriteLine("List: " + string.Join(",", list) + ", HashSet: " + new HashSet<int>(Naturals().Take(3)).Count);
        Console.WriteLine("string.Concat: " + string.Concat(Words().Where(w => w != null)) + ", Join char: " + string.Join('-', Naturals().Take(3)));

        try
        {
            Console.WriteLine(Numbers(2).First(n => n > 5));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("First: InvalidOperationException " + e.Message);
        }
        try
        {
            Console.WriteLine(Numbers(2).ElementAt(2));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ElementAt: ArgumentOutOfRangeException " + e.Message);
        }
        try
        {
            Console.WriteLine(Numbers(2).ElementAt(-1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ElementAt(-1): ArgumentOutOfRangeException " + e.Message);
        }
        try
        {
            Console.WriteLine(Numbers(0).Max());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Max: InvalidOperationException " + e.Message);
        }
        try
        {
            Console.WriteLine(Numbers(0).Last());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("Last: InvalidOperationException " + e.Message);
        }
    }
}

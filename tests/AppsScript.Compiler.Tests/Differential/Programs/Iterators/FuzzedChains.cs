using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

/// <summary>
/// What the fuzzer's divergent iterator cases still compile to (their ElementAt, Last, Skip of a Select of a Take and
/// First over a Select of a Take are GAS1033 now): chains over finite and endless iterators with printing lambdas, enumerated twice.
/// </summary>
[GlobalFunctions]
public static class Program
{
    private static IEnumerable<int> Finite(int start, int count)
    {
        Console.WriteLine("Finite(" + start + ", " + count + ") starts");
        try
        {
            for (var i = 0; i < count; i++)
            {
                Console.WriteLine("Finite yields " + (start + i * -3));
                yield return start + i * -3;
            }
        }
        finally
        {
            Console.WriteLine("Finite finally");
        }
    }

    private static IEnumerable<int> Endless(int start)
    {
        try
        {
            while (true)
            {
                Console.WriteLine("Endless yields " + start);
                yield return start++;
            }
        }
        finally
        {
            Console.WriteLine("Endless finally");
        }
    }

    public static void Main()
    {
        var concatenated = Endless(5).TakeWhile(x => x < 1).Concat(new[] { 9, 4 }).Select((x, i) => 0).Concat(new[] { 4, 3 });
        Console.WriteLine("declared");
        foreach (var item in concatenated) Console.WriteLine("got " + item);
        Console.WriteLine("Count " + concatenated.Count() + ", ToList().Last() " + concatenated.ToList().Last());

        var selected = Finite(5, 3).Select(x => { Console.WriteLine("lambda " + x); return x * 2 + 7; });
        Console.WriteLine(selected.ToList()[1]);
        Console.WriteLine(string.Join(",", selected));

        var skipped = Endless(0).TakeWhile(x => x < 2).Take(-1).TakeWhile(x => x > -1).SkipWhile(x => { Console.WriteLine("lambda " + x); return x > 5; });
        Console.WriteLine("empty: " + skipped.Count() + " " + skipped.Any());

        var partitioned = Endless(1).Skip(1).Take(2).Select(x => { Console.WriteLine("select " + x); return -x; });
        Console.WriteLine("Count:");
        Console.WriteLine(partitioned.Count());
        Console.WriteLine("Sum:");
        Console.WriteLine(partitioned.Sum());
        Console.WriteLine("Any(predicate):");
        Console.WriteLine(partitioned.Any(x => x < 0));
        var filtered = Finite(5, 5).Where(x => x > 0).Select(x => { Console.WriteLine("lambda " + x); return x * 0 + 2; });
        Console.WriteLine("Any over Where: " + filtered.Any() + ", First over Where: " + filtered.First());
        var indexed = Finite(5, 5).Append(8).Select((x, i) => { Console.WriteLine("lambda " + x + " at " + i); return x + i; });
        Console.WriteLine("Any of an indexed Select: " + indexed.Any() + ", FirstOrDefault: " + indexed.FirstOrDefault());
        foreach (var item in partitioned)
        {
            Console.WriteLine("got " + item);
            break;
        }
    }
}

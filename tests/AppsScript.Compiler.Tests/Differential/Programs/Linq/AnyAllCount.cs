using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = new List<int> { 4, 9, 16 };
        var empty = new List<int>();
        Console.WriteLine("Any: " + numbers.Any() + " " + empty.Any());
        Console.WriteLine("Any(pred): " + numbers.Any(n => n > 10) + " " + numbers.Any(n => n > 100) + " " + empty.Any(n => true));
        Console.WriteLine("All(pred): " + numbers.All(n => n > 1) + " " + numbers.All(n => n > 5) + " empty is true " + empty.All(n => false));
        Console.WriteLine("Count: " + numbers.Count() + " " + empty.Count() + ", Count(pred): " + numbers.Count(n => n % 2 == 0) + " " + empty.Count(n => true));
        Console.WriteLine("LongCount: " + numbers.LongCount() + " " + numbers.LongCount(n => n > 5));

        var set = new HashSet<string> { "a", "b", "a" };
        var dictionary = new Dictionary<string, int> { ["x"] = 1, ["y"] = 2, ["z"] = 3 };
        var word = "héllo wörld";
        Console.WriteLine("set: " + set.Count() + " " + set.Any() + " " + set.Any(s => s == "b") + " " + set.All(s => s.Length == 1) + " " + set.Count(s => s != "a"));
        Console.WriteLine("dictionary: " + dictionary.Count() + " " + dictionary.Any() + " " + dictionary.Any(p => p.Value > 2) + " " + dictionary.Count(p => p.Key != "x") + " " + dictionary.All(p => p.Value > 0));
        Console.WriteLine("string: " + word.Count() + " " + word.Count(c => c == 'l') + " " + word.Any(c => c == 'ö') + " " + "".Any() + " " + word.All(c => c != 'z'));
        Console.WriteLine("Contains: " + numbers.Contains(9) + " " + set.Contains("b") + " " + Enumerable.Contains(word, 'w') + " " + numbers.Where(n => n > 5).Contains(4));
        IEnumerable<string?> maybe = new List<string?> { "a", null };
        Console.WriteLine("Contains null: " + maybe.Contains(null) + " " + new[] { "x" }.AsEnumerable().Contains(null));

        var checks = 0;
        var found = numbers.Any(n =>
        {
            checks++;
            return n > 5;
        });
        Console.WriteLine("Any stops at the first match: " + found + " after " + checks);
        checks = 0;
        var all = numbers.All(n =>
        {
            checks++;
            return n < 5;
        });
        Console.WriteLine("All stops at the first failure: " + all + " after " + checks);
    }
}

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

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var numbers = Enumerable.Range(1, 10).ToList();
        var filters = new List<Func<IEnumerable<int>>>();
        for (var i = 2; i <= 4; i++)
        {
            var divisor = i;
            filters.Add(() => numbers.Where(n => n % divisor == 0));
        }
        foreach (var filter in filters) Console.WriteLine("divisible: " + Show.All(filter()));

        var sharedLoop = new List<Func<int>>();
        for (var i = 0; i < 3; i++) sharedLoop.Add(() => numbers.Count(n => n > i));
        Console.WriteLine("a for variable is one variable: " + Show.All(sharedLoop.Select(f => f())));

        var perItem = new List<Func<string>>();
        foreach (var word in new[] { "a", "bb", "ccc" }) perItem.Add(() => numbers.Take(word.Length).Aggregate("", (text, n) => text + word));
        Console.WriteLine("a foreach variable is one per iteration: " + Show.All(perItem.Select(f => f())));

        var nested = new[] { 1, 2, 3 }.Select(x => new[] { 10, 20 }.Select(y => x * y).Where(p => p > x * 15).ToList()).ToList();
        Console.WriteLine("nested lambdas see outer parameters: " + Show.All(nested.Select(l => Show.All(l))));

        var total = 0;
        numbers.Where(n => n % 3 == 0).ToList().ForEach(n => total += n);
        Console.WriteLine("captured total: " + total);
        var threshold = 5;
        var above = numbers.Where(n => n > threshold).ToList();
        threshold = 8;
        Console.WriteLine("materialised with the threshold of the time: " + Show.All(above) + ", now " + numbers.Count(n => n > threshold));
    }
}

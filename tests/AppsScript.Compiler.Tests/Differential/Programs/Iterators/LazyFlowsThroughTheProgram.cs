using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

public sealed class Feed
{
    public IEnumerable<string> Items { get; set; } = Array.Empty<string>();

    private IEnumerable<int> _numbers = new[] { 1, 2 };

    public void Stream(int count) => _numbers = Program.Numbers("feed", count);

    public int FirstOver(int limit) => _numbers.First(n => n > limit);

    public IEnumerable<int> Numbers => _numbers;
}

public abstract class Source
{
    public abstract IEnumerable<int> Values();
}

public sealed class ListSource : Source
{
    public override IEnumerable<int> Values() => new List<int> { 10, 20 };
}

public sealed class CountingSource : Source
{
    public override IEnumerable<int> Values()
    {
        Console.WriteLine("  counting source starts");
        yield return 1;
        yield return 2;
    }
}

[GlobalFunctions]
public static class Program
{
    public static IEnumerable<int> Numbers(string name, int count)
    {
        Console.WriteLine("  " + name + " starts");
        for (var i = 1; i <= count; i++)
        {
            Console.WriteLine("  " + name + " yields " + i);
            yield return i;
        }
        Console.WriteLine("  " + name + " ends");
    }

    private static string Firsts(IEnumerable<int> numbers)
    {
        Console.WriteLine("  firsts called");
        var evens = numbers.Where(n => n % 2 == 0);
        return evens.FirstOrDefault() + " of " + numbers.Count() + " any>1:" + numbers.Any(n => n > 1);
    }

    private static IEnumerable<int> Pass(IEnumerable<int> numbers) => numbers;

    private static IEnumerable<int> Pick(bool lazy) => lazy ? Numbers("picked", 2) : new[] { 7, 8 };

    private static void Out(bool lazy, out IEnumerable<int> numbers) => numbers = lazy ? Numbers("out", 1) : new List<int> { 5 };

    public static void Main()
    {
        Console.WriteLine("array: " + Firsts(new[] { 1, 2, 3 }));
        Console.WriteLine("list: " + Firsts(new List<int>()));
        Console.WriteLine("iterator: " + Firsts(Numbers("given", 3)));
        Console.WriteLine("through a return: " + Pass(Numbers("passed", 2)).First());
        Console.WriteLine("picked: " + Pick(false).Last() + " " + Pick(true).ElementAt(1));
        Out(true, out var given);
        Console.WriteLine("out: " + given.Sum());

        var feed = new Feed { Items = new[] { "x" } };
        Console.WriteLine("field before: " + feed.FirstOver(1));
        feed.Stream(4);
        Console.WriteLine("field after: " + feed.FirstOver(1));
        Console.WriteLine("field's property: " + string.Join(",", feed.Numbers.Take(2)));
        feed.Items = Numbers("items", 2).Select(n => "item" + n);
        Console.WriteLine("property: " + string.Join(" ", feed.Items));

        foreach (Source source in new Source[] { new ListSource(), new CountingSource() })
        {
            Console.WriteLine("source: " + source.Values().First() + " " + source.Values().Count());
        }

        Func<int, IEnumerable<int>> make = n => Numbers("lambda", n);
        Console.WriteLine("lambda: " + make(2).Any() + " " + make(3).Skip(1).First());
        var nested = new List<IEnumerable<int>> { new[] { 4 }, Numbers("nested", 2) };
        foreach (var inner in nested) Console.WriteLine("nested: " + inner.Select(n => n * 3).First());
        Console.WriteLine("many: " + string.Join(",", new[] { 1, 2 }.SelectMany(n => Numbers("many" + n, n)).Take(2)));

        try
        {
            Console.WriteLine(Pass(Numbers("empty", 0)).First());
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
    }
}

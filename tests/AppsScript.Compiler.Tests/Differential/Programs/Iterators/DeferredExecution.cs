using System;
using System.Collections.Generic;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static IEnumerable<int> Count(int from, int to)
    {
        Console.WriteLine($"  start {from}..{to}");
        for (var i = from; i <= to; i++)
        {
            Console.WriteLine($"  yield {i}");
            yield return i;
        }
        Console.WriteLine("  end");
    }

    private static IEnumerable<int> Down(int n)
    {
        while (n > 0)
        {
            yield return n;
            n--;
        }
    }

    private static IEnumerable<string> Checked(string? text)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        yield return text;
        yield return text.ToUpperInvariant();
    }

    private static IEnumerable<int> Stops(int limit)
    {
        for (var i = 0; ; i++)
        {
            if (i >= limit) yield break;
            yield return i * i;
        }
    }

    private static IEnumerable<string> Empty()
    {
        Console.WriteLine("  empty body runs");
        yield break;
    }

    public static void Main()
    {
        Console.WriteLine("calling Count");
        var numbers = Count(1, 3);
        Console.WriteLine("called, nothing ran yet");
        foreach (var n in numbers) Console.WriteLine($"got {n}");
        Console.WriteLine("again");
        foreach (var n in numbers) Console.WriteLine($"got {n} again");

        var down = Down(3);
        Console.WriteLine(string.Join(" ", down) + " / " + string.Join(" ", down) + " (the parameter starts again)");

        var bad = Checked(null);
        Console.WriteLine("Checked(null) returned");
        try
        {
            foreach (var s in bad) Console.WriteLine(s);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine($"ArgumentNullException at MoveNext: {e.Message}");
        }
        foreach (var s in Checked("abc")) Console.WriteLine(s);

        foreach (var n in Stops(4)) Console.WriteLine("square " + n);
        foreach (var s in Empty()) Console.WriteLine("never " + s);
        Console.WriteLine("done");
    }
}

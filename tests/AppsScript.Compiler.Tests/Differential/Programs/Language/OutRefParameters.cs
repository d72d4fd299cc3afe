using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Counter
{
    private int _count;
    public static int Total;
    public int Count => _count;

    public void Add(ref int source, int amount)
    {
        source += amount;
        _count += amount;
    }

    public bool TryTake(int wanted, out int taken)
    {
        taken = Math.Min(wanted, _count);
        _count -= taken;
        return taken == wanted;
    }

    public void BumpOwn() => Bump(ref _count);

    public static void BumpTotal() => Bump(ref Total);

    public static void Bump(ref int value) => value++;
}

public static class Parsing
{
    public static bool TrySplit(string text, char separator, out string head, out string tail)
    {
        var at = text.IndexOf(separator);
        if (at < 0)
        {
            head = text;
            tail = "";
            return false;
        }
        head = text.Substring(0, at);
        tail = text.Substring(at + 1);
        return true;
    }

    public static bool TryFind<T>(List<T> items, Func<T, bool> match, T fallback, out T found)
    {
        foreach (var item in items)
        {
            if (match(item))
            {
                found = item;
                return true;
            }
        }
        found = fallback;
        return false;
    }

    public static void Swap<T>(ref T a, ref T b)
    {
        var t = a;
        a = b;
        b = t;
    }

    public static int Describe(int value) => value * 10;

    public static int Describe(ref int value) => ++value;

    public static int Describe(out int value, int seed)
    {
        value = seed * 2;
        return value + 1;
    }

    public static double Sum(in double a, in double b) => a + b;
}

public delegate void Changer(ref int value);

[GlobalFunctions]
public static class Program
{
    private static int _calls;
    private static string _label = "start";

    private static void Count(out int calls)
    {
        calls = ++_calls;
    }

    private static void Rename(ref string label, string suffix) => label = label + suffix;

    private static void MinMax(int[] values, out int min, out int max)
    {
        min = int.MaxValue;
        max = int.MinValue;
        foreach (var v in values)
        {
            if (v < min) min = v;
            if (v > max) max = v;
        }
    }

    public static void Main()
    {
        Console.WriteLine(Parsing.TrySplit("key=value", '=', out var head, out var tail) + " " + head + " " + tail);
        Console.WriteLine(Parsing.TrySplit("novalue", '=', out head, out _) + " " + head + " [" + tail + "]");
        string typed;
        Parsing.TrySplit("a=b=c", '=', out typed, out string rest);
        Console.WriteLine(typed + "|" + rest);

        var words = new List<string> { "alpha", "beta", "gamma" };
        Console.WriteLine(Parsing.TryFind(words, w => w.StartsWith("b"), "", out var word) + " " + word);
        Console.WriteLine(Parsing.TryFind(words, w => w.Length > 9, null!, out word) + " [" + (word ?? "null") + "]");
        var numbers = new List<int> { 3, 8, 12 };
        Console.WriteLine(Parsing.TryFind(numbers, n => n > 5, 0, out var big) + " " + big);
        Console.WriteLine(Parsing.TryFind(numbers, n => n > 50, -1, out big) + " " + big);
        var flags = new List<bool> { false };
        Console.WriteLine(Parsing.TryFind(flags, f => f, false, out var flag) + " " + flag);

        int x = 1, y = 2;
        Parsing.Swap(ref x, ref y);
        Console.WriteLine($"{x} {y}");
        string s1 = "left", s2 = "right";
        Parsing.Swap(ref s1, ref s2);
        Console.WriteLine($"{s1} {s2}");
        var array = new[] { 10, 20, 30 };
        Parsing.Swap(ref array[0], ref array[2]);
        Console.WriteLine(string.Join(",", array));
        var i = 0;
        Parsing.Swap(ref array[i++], ref array[i++]);
        Console.WriteLine(string.Join(",", array) + " " + i);

        var v = 5;
        Console.WriteLine(Parsing.Describe(v) + " " + Parsing.Describe(ref v) + " " + v);
        Console.WriteLine(Parsing.Describe(out var doubled, 4) + " " + doubled);
        var a = 1.5;
        Console.WriteLine(Parsing.Sum(a, 2.25) + " " + Parsing.Sum(in a, in a));

        var counter = new Counter();
        var source = 10;
        counter.Add(ref source, 5);
        counter.Add(ref source, 7);
        Console.WriteLine($"{source} {counter.Count}");
        Console.WriteLine(counter.TryTake(4, out var taken) + " " + taken + " " + counter.Count);
        Console.WriteLine(counter.TryTake(40, out taken) + " " + taken + " " + counter.Count);
        counter.BumpOwn();
        counter.BumpOwn();
        Console.WriteLine(counter.Count);
        Counter.BumpTotal();
        Counter.Bump(ref Counter.Total);
        Console.WriteLine(Counter.Total);

        Count(out var first);
        Count(out var second);
        Console.WriteLine($"{first} {second} {_calls}");
        Rename(ref _label, "-1");
        Rename(ref _label, "-2");
        Console.WriteLine(_label);

        MinMax(new[] { 4, -2, 9, 0 }, out var min, out var max);
        Console.WriteLine($"{min} {max}");
        MinMax(new int[0], out min, out max);
        Console.WriteLine($"{min} {max}");

        var total = 0;
        void AddTo(ref int target, int amount) => target += amount;
        AddTo(ref total, 3);
        AddTo(ref total, 4);
        Console.WriteLine(total);

        Changer twice = (ref int value) => value *= 2;
        var n = 3;
        twice(ref n);
        twice(ref n);
        Console.WriteLine(n);
        Changer bump = Counter.Bump;
        bump(ref n);
        Console.WriteLine(n);

        var captured = 1;
        Func<int> read = () => captured;
        Counter.Bump(ref captured);
        Console.WriteLine($"{captured} {read()}");
        Action later = () => Counter.Bump(ref captured);
        later();
        later();
        Console.WriteLine($"{captured} {read()}");

        var items = new List<int> { 1, 2 };
        var item = items[1];
        Counter.Bump(ref item);
        Console.WriteLine($"{item} {items[1]}");

        var grid = new int[3];
        for (var k = 0; k < grid.Length; k++) Counter.Bump(ref grid[k]);
        Counter.Bump(ref grid[grid.Length - 1]);
        Console.WriteLine(string.Join(",", grid));
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Counter
{
    private int count;

    public Func<int> Incrementer() => () => ++count;

    public int Count => count;

    public void Repeat(int times, Action<int> action)
    {
        for (var i = 0; i < times; i++) action(i);
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var forActions = new List<Func<int>>();
        for (var i = 0; i < 3; i++) forActions.Add(() => i);
        foreach (var action in forActions) Console.WriteLine("for captured: " + action());

        var foreachActions = new List<Func<int>>();
        foreach (var n in new[] { 10, 20, 30 }) foreachActions.Add(() => n);
        foreach (var action in foreachActions) Console.WriteLine("foreach captured: " + action());

        var whileActions = new List<Func<int>>();
        var k = 0;
        while (k < 3)
        {
            var copy = k * 2;
            whileActions.Add(() => copy + k);
            k++;
        }
        foreach (var action in whileActions) Console.WriteLine("while captured: " + action());

        var counter = new Counter();
        var next = counter.Incrementer();
        next();
        next();
        Console.WriteLine("counter " + counter.Count + " next " + next());
        var total = 0;
        counter.Repeat(4, x => total += x * x);
        Console.WriteLine("total " + total);

        Func<int, Func<int, int>> adder = a => b => a + b;
        Console.WriteLine(adder(2)(3));
        int Square(int x) => x * x;
        Console.WriteLine(Apply(Square, 7));
        Console.WriteLine(Apply(Twice, 7));
        Console.WriteLine(Fibonacci(15));
    }

    private static int Apply(Func<int, int> f, int value) => f(value);

    private static int Twice(int x) => 2 * x;

    private static int Fibonacci(int n)
    {
        int Go(int a, int b, int left) => left == 0 ? a : Go(b, a + b, left - 1);
        return Go(0, 1, n);
    }
}

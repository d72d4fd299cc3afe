using System;
using System.Collections.Generic;
using AppsScript.Interop;

public class Button
{
    private readonly List<Action> handlers = new List<Action>();
    private int clicks;

    public string Label { get; }

    public Button(string label)
    {
        Label = label;
    }

    public void OnClick(Action handler) => handlers.Add(handler);

    public void Click()
    {
        clicks++;
        foreach (var handler in handlers) handler();
    }

    public Func<string> Describer()
    {
        return Describe;

        string Describe() => $"{Label} clicked {clicks} times";
    }

    public int Score(int bonus)
    {
        var total = Helper(2);
        return total + bonus;

        int Helper(int factor) => clicks * factor;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var button = new Button("OK");
        var seen = new List<string>();
        button.OnClick(() => seen.Add("first"));
        button.OnClick(() => seen.Add("second " + button.Label));
        button.Click();
        button.Click();
        Console.WriteLine(seen.Count + " " + seen[0] + " / " + seen[3]);
        var describe = button.Describer();
        Console.WriteLine(describe());
        Console.WriteLine(button.Score(10));
        Func<int, int> square = x => x * x;
        Func<int, int, int> add = (x, y) => x + y;
        Func<int> seven = () => 7;
        Action<string> print = text => Console.WriteLine("> " + text);
        print(square(add(seven(), 2)).ToString());
        Func<int, Func<int, int>> multiplier = factor => value => factor * value;
        var triple = multiplier(3);
        print(triple(14).ToString());
        var compose = Compose(square, triple);
        print(compose(2).ToString());
        Func<int, int, int> ignoreFirst = (_, y) => y;
        print(ignoreFirst(1, 2).ToString());
        int Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
        print(Factorial(10).ToString());
        var counters = new List<Func<int>>();
        for (var i = 0; i < 3; i++)
        {
            var captured = i;
            counters.Add(() => captured * 100 + i);
        }
        foreach (var counter in counters) print(counter().ToString());
    }

    private static Func<int, int> Compose(Func<int, int> first, Func<int, int> second) => x => second(first(x));
}

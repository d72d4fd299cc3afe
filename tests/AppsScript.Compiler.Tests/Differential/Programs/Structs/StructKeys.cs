using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Shop;

namespace Shop
{
    public struct Coordinate
    {
        public int X;
        public int Y;

        public Coordinate(int x, int y)
        {
            X = x;
            Y = y;
        }
    }

    public readonly record struct Slot(string Day, int Hour);
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var visits = new Dictionary<Coordinate, int>();
        var here = new Coordinate(1, 2);
        visits[here] = 1;
        here.X = 5;
        visits[new Coordinate(1, 2)] += 10;
        visits[here] = 7;
        Console.WriteLine(visits.Count);
        foreach (var pair in visits) Console.WriteLine($"{pair.Key.X},{pair.Key.Y} -> {pair.Value}");
        Console.WriteLine(visits.ContainsKey(new Coordinate(5, 2)));
        Console.WriteLine(visits.Remove(new Coordinate(1, 2)));
        visits.Add(new Coordinate(0, 0), 3);
        Console.WriteLine(string.Join(" ", visits.Keys.Select(k => $"({k.X} {k.Y})")));
        try
        {
            visits.Add(new Coordinate(0, 0), 4);
        }
        catch (ArgumentException ex)
        {
            Console.WriteLine("caught: " + ex.Message);
        }

        var booked = new Dictionary<Slot, string> { [new Slot("Mon", 9)] = "standup" };
        booked[new Slot("Tue", 14)] = "review";
        Console.WriteLine(booked[new Slot("Mon", 9)]);
        Console.WriteLine(booked.TryGetValue(new Slot("Mon", 10), out var missing) ? missing : "free");
        foreach (var pair in booked) Console.WriteLine(pair);
        try
        {
            Console.WriteLine(booked[new Slot("Wed", 1)]);
        }
        catch (KeyNotFoundException ex)
        {
            Console.WriteLine("caught: " + ex.Message);
        }

        var byHour = new[] { new Slot("Mon", 9), new Slot("Tue", 9), new Slot("Mon", 9) }
            .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        foreach (var pair in byHour) Console.WriteLine($"{pair.Key}: {pair.Value}");
        var seen = new HashSet<Coordinate> { new Coordinate(1, 1), new Coordinate(1, 1), new Coordinate(2, 1) };
        Console.WriteLine(seen.Count);
    }
}

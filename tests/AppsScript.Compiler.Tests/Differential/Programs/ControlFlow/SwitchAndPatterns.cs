using System;
using AppsScript.Interop;

public enum Level { Low, Medium, High }

public class Animal
{
    public string Name { get; set; } = "";
}

public class Dog : Animal
{
    public int Barks { get; set; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        foreach (var n in new[] { -5, 0, 3, 7, 12, 100 }) Console.WriteLine(n + ": " + Classify(n));
        foreach (var s in new[] { "a", "b", "zzz", "", null }) Console.WriteLine($"[{s}] -> {Letter(s)}");
        foreach (var level in new[] { Level.Low, Level.Medium, Level.High }) Console.WriteLine(level + " " + Weight(level));
        object[] things = { 42, "text", new Dog { Name = "Rex", Barks = 3 }, new Animal { Name = "Cat" }, null! };
        foreach (var thing in things) Console.WriteLine(Describe(thing));
        for (var i = 0; i < 6; i++)
        {
            switch (i)
            {
                case 0:
                case 1:
                    Console.WriteLine("small " + i);
                    break;
                case 2:
                    if (i == 2) Console.WriteLine("two");
                    break;
                case 5:
                    Console.WriteLine("five, stop");
                    continue;
                default:
                    Console.WriteLine("other " + i);
                    break;
            }
            Console.WriteLine("after " + i);
        }
    }

    private static string Classify(int n) => n switch
    {
        < 0 => "negative",
        0 => "zero",
        > 0 and < 5 => "small",
        5 or 6 or 7 => "five-ish",
        >= 10 and <= 20 when n % 2 == 0 => "even teen",
        _ => "big",
    };

    private static string Letter(string? s)
    {
        switch (s)
        {
            case null:
                return "null";
            case "a":
                return "A";
            case { Length: > 2 }:
                return "long " + s.Length;
            case "":
                return "empty";
            default:
                return "other";
        }
    }

    private static int Weight(Level level) => level switch
    {
        Level.Low => 1,
        Level.Medium => 5,
        Level.High => 10,
        _ => 0,
    };

    private static string Describe(object? thing)
    {
        if (thing is null) return "nothing";
        if (thing is string text) return "string of " + text.Length;
        return thing switch
        {
            Dog { Barks: > 2 } dog => $"loud dog {dog.Name}",
            Dog dog => "dog " + dog.Name,
            Animal animal => "animal " + animal.Name,
            _ => "something else",
        };
    }
}

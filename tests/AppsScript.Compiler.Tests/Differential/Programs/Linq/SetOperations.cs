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
        var remote = new List<string> { "t3", "t1", "t2", "t1", "t5" };
        var local = new[] { "t2", "t4", "t5", "t4" };
        Console.WriteLine("Except: " + Show.All(remote.Except(local)) + " and back " + Show.All(local.Except(remote)));
        Console.WriteLine("Intersect: " + Show.All(remote.Intersect(local)) + " and back " + Show.All(local.Intersect(remote)));
        Console.WriteLine("Union: " + Show.All(remote.Union(local)) + " and back " + Show.All(local.Union(remote)));
        Console.WriteLine("with itself: " + Show.All(remote.Except(remote)) + " " + Show.All(remote.Intersect(remote)) + " " + Show.All(remote.Union(remote)));
        Console.WriteLine("with nothing: " + Show.All(remote.Except(new string[0])) + " " + Show.All(remote.Intersect(new List<string>())) + " " + Show.All(new string[0].Union(local)));
        var tags = new HashSet<string> { "rock", "pop" };
        Console.WriteLine("with a set and a string: " + Show.All(tags.Except(new[] { "pop" })) + " " + Show.All("banana".Intersect("cab")) + " " + Show.All("abc".Union("cd")));
        var maybe = new List<string?> { "a", null, "b" };
        string? gone = null;
        var other = new List<string?> { gone, "b" };
        Console.WriteLine("nulls: " + Show.All(maybe.Except(other).Select(s => s ?? "null")) + " " + Show.All(maybe.Intersect(other).Select(s => s ?? "null")) + " " + maybe.Union(other).Count());
        Console.WriteLine("numbers: " + Show.All(new[] { 1, 2, 3, 2 }.Except(new[] { 2 })) + " " + Show.All(new[] { 1.5, double.NaN }.Intersect(new[] { double.NaN })));
    }
}

using System;
using System.Collections.Generic;
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
        var a = new HashSet<int> { 1, 2, 3, 4 };
        a.UnionWith(new[] { 4, 5, 5, 6 });
        Console.WriteLine("UnionWith: " + Show.All(a));
        a.IntersectWith(new List<int> { 6, 2, 4, 2, 9 });
        Console.WriteLine("IntersectWith keeps the set's order: " + Show.All(a));
        a.ExceptWith(new[] { 4, 100 });
        Console.WriteLine("ExceptWith: " + Show.All(a));

        var b = new HashSet<int> { 1, 2, 3 };
        b.UnionWith(b);
        b.IntersectWith(b);
        Console.WriteLine("with itself: " + Show.All(b));
        var c = new HashSet<int>(b);
        c.ExceptWith(c);
        Console.WriteLine("ExceptWith itself empties: " + c.Count);

        var small = new HashSet<string> { "x", "y" };
        var big = new HashSet<string> { "y", "x", "z" };
        Console.WriteLine("SetEquals: " + small.SetEquals(new[] { "y", "x", "x" }) + " " + small.SetEquals(big) + " " + small.SetEquals(new List<string>()));
        Console.WriteLine("IsSubsetOf: " + small.IsSubsetOf(big) + " " + big.IsSubsetOf(small) + " " + small.IsSubsetOf(small) + " " + small.IsSubsetOf(new[] { "x", "y", "y" }));
        Console.WriteLine("IsSupersetOf: " + big.IsSupersetOf(small) + " " + small.IsSupersetOf(big) + " " + big.IsSupersetOf(new[] { "z", "z" }));
        Console.WriteLine("Overlaps: " + small.Overlaps(new[] { "q", "y" }) + " " + small.Overlaps(new[] { "q" }) + " " + small.Overlaps(new List<string>()));

        var empty = new HashSet<string>();
        Console.WriteLine("empty: subset " + empty.IsSubsetOf(small) + ", superset of empty " + empty.IsSupersetOf(new string[0]) + ", overlaps " + empty.Overlaps(small) + ", equals empty " + empty.SetEquals(new string[0]));
        var letters = new HashSet<char> { 'h' };
        letters.UnionWith("héllo");
        Console.WriteLine("UnionWith a string adds its chars: " + Show.All(letters));
        var words = new HashSet<string?> { "a", null };
        words.IntersectWith(new string?[] { null, "b" });
        Console.WriteLine("IntersectWith keeps null: " + words.Count + " " + words.Contains(null));
    }
}

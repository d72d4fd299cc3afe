using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        string? nothing = null;
        string a = "apple";
        string upper = "APPLE";
        Console.WriteLine((a == "apple") + " " + (a == upper) + " " + (a != upper) + " " + (nothing == null) + " " + (a == nothing));
        Console.WriteLine(a.Equals("apple") + " " + a.Equals(upper) + " " + a.Equals(nothing) + " " + a.Equals(upper, StringComparison.OrdinalIgnoreCase) + " " + a.Equals(upper, StringComparison.Ordinal));
        Console.WriteLine(string.Equals(a, upper) + " " + string.Equals(nothing, null) + " " + string.Equals(a, upper, StringComparison.OrdinalIgnoreCase) + " " + string.Equals(nothing, a, StringComparison.OrdinalIgnoreCase) + " " + string.Equals(nothing, nothing, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("straße".Equals("STRASSE", StringComparison.OrdinalIgnoreCase) + " " + "Èté".Equals("èTÉ", StringComparison.InvariantCultureIgnoreCase));
        var pairs = new[] { ("a", "b"), ("b", "a"), ("a", "a"), ("a", "B"), ("abc", "ab"), ("ab", "abcd"), ("", "a"), ("Z", "a"), ("é", "e"), ("😀", "a"), ("B", "Bb"), ("BBcb", "B"), ("abc", "abcd") };
        foreach (var (x, y) in pairs)
        {
            Console.WriteLine($"{x} vs {y}: Compare {string.Compare(x, y)} Ordinal {string.CompareOrdinal(x, y)} CompareTo {x.CompareTo(y)} IgnoreCase {string.Compare(x, y, true)} {string.Compare(x, y, StringComparison.OrdinalIgnoreCase)} {string.Compare(x, y, false)}");
        }
        Console.WriteLine(string.Compare(nothing, "a") + " " + string.Compare("a", nothing) + " " + string.Compare(nothing, nothing) + " " + string.CompareOrdinal(nothing, "") + " " + "a".CompareTo(nothing));
        var names = new[] { "bob", "Alice", "carol", "alice", "Bob" };
        Sort(names, (x, y) => string.Compare(x, y, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(string.Join(",", names));
        Sort(names, string.CompareOrdinal);
        Console.WriteLine(string.Join(",", names));
    }

    private static void Sort(string[] items, Func<string, string, int> compare)
    {
        var length = 0;
        foreach (var _ in items) length++;
        for (var i = 1; i < length; i++)
        {
            for (var j = i; j > 0 && compare(items[j - 1], items[j]) > 0; j--)
            {
                (items[j - 1], items[j]) = (items[j], items[j - 1]);
            }
        }
    }
}

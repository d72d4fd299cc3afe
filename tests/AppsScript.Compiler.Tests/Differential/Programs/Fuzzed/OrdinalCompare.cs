using System;
using AppsScript.Interop;

// Found by the fuzzer (cases 4868 and 6212): string.Compare with StringComparison.Ordinal takes .NET's ordinal
// path, as CompareOrdinal does: an empty string compares its terminating NUL ("" against "abc" is -97), and so
// does the shorter of two strings that start alike when its length is odd.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var pairs = new[] { ("", "abc"), ("abc", ""), ("", ""), ("ab", "abc"), ("x", "xyz"), ("b", "a"), ("\u0130", "i"), ("a", "B"), ("", "\u0130stanbul") };
        foreach (var (a, b) in pairs)
        {
            Console.WriteLine($"{string.Compare(a, b, StringComparison.Ordinal)} {string.CompareOrdinal(a, b)} {string.Compare(a, b)} {string.Compare(a, b, StringComparison.InvariantCulture)} {string.Compare(a, b, StringComparison.OrdinalIgnoreCase)} {a.CompareTo(b)}");
        }
    }
}

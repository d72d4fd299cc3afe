using System;
using AppsScript.Interop;

// Found by the fuzzer (cases 4868, 6212 and 41528): string.Compare with StringComparison.Ordinal takes .NET's
// ordinal path, as CompareOrdinal does, which compares at least two UTF-16 units and reads past the shorter
// string into its NUL: "" against "abc" is -97, "" against "\0nul" -110, and so on for the shorter of two
// strings that start alike when its length is odd.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var pairs = new[] { ("", "abc"), ("abc", ""), ("", ""), ("ab", "abc"), ("x", "xyz"), ("b", "a"), ("\u0130", "i"), ("a", "B"), ("", "\u0130stanbul"), ("", "\0nul"), ("\0", "\0a") };
        foreach (var (a, b) in pairs)
        {
            Console.WriteLine($"{string.Compare(a, b, StringComparison.Ordinal)} {string.CompareOrdinal(a, b)} {string.Compare(a, b)} {string.Compare(a, b, StringComparison.InvariantCulture)} {string.Compare(a, b, StringComparison.OrdinalIgnoreCase)} {a.CompareTo(b)}");
        }
    }
}

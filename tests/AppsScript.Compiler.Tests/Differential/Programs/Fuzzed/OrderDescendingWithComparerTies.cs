using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

// Found by the fuzzer (case 9467): OrderDescending with a comparer that ties distinct elements keeps them in their
// order, as every descending OrderBy does; reversing the comparison's arguments in a sort would not.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var byRemainder = Comparer<int>.Create((a, b) => (a % 3).CompareTo(b % 3));
        var numbers = new[] { 21, 29, 2, 5, 9, 14, 3 };
        Console.WriteLine(string.Join("|", numbers.OrderDescending(byRemainder)));
        Console.WriteLine(string.Join("|", numbers.Order(byRemainder)));
        Console.WriteLine(string.Join("|", numbers.OrderByDescending(n => n, byRemainder)));
        Console.WriteLine(string.Join("|", numbers.OrderDescending(byRemainder).ThenBy(n => n)));
        Console.WriteLine(string.Join("|", new[] { "b", "A", "a", "B" }.OrderDescending(StringComparer.OrdinalIgnoreCase)));
    }
}

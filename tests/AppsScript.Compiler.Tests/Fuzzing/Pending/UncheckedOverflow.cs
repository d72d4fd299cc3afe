using System;
using AppsScript.Interop;

// Pending (FuzzSwitches.UncheckedOverflow, fuzz cases 3, 257, 706, 1220, 1760): unchecked int and long
// arithmetic wraps in .NET; the emitted JavaScript keeps the whole number (and, beyond 2^53, loses digits).
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int max = int.MaxValue, two = 2, min = int.MinValue;
        Console.WriteLine(unchecked(max * two));
        Console.WriteLine(unchecked(max + 1));
        Console.WriteLine(unchecked(min - 1));
        Console.WriteLine(unchecked(47 - max * 47) * max);
        long big = 3000000000L, huge = 9007199254740991L;
        Console.WriteLine(unchecked(big * big));
        Console.WriteLine(unchecked(huge * 999999999999L));
        Console.WriteLine(unchecked(big * huge) % 1000);
    }
}

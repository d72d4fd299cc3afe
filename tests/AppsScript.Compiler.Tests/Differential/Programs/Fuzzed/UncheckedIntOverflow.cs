using System;
using AppsScript.Interop;

// Found by the fuzzer (cases 3, 257, 706, 1220, 1760): unchecked int arithmetic wraps in .NET; the emitted
// JavaScript kept the whole number. Unchecked long arithmetic is refused (GAS1001): JavaScript cannot wrap at 64 bits.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int max = int.MaxValue, two = 2, min = int.MinValue;
        Console.WriteLine(unchecked(max * two));
        Console.WriteLine(unchecked(max + 1));
        Console.WriteLine(unchecked(min - 1));
        Console.WriteLine(unchecked((47 - max * 47) * 2));
        Console.WriteLine(unchecked(max * max) + " " + unchecked(min * -1) + " " + unchecked(-min));
    }
}

using System;
using AppsScript.Interop;

// Found by the fuzzer (case 32): CompareTo of the types narrower than int returns the difference of the two
// values in .NET, not its sign as int's and long's do.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        short low = -32768, high = 1689;
        Console.WriteLine(low.CompareTo(high) + " " + high.CompareTo(low) + " " + high.CompareTo(high));
        byte small = 3, big = 200;
        Console.WriteLine(small.CompareTo(big) + " " + big.CompareTo(small));
        sbyte negative = -128, positive = 127;
        Console.WriteLine(negative.CompareTo(positive));
        ushort zero = 0, top = 65535;
        Console.WriteLine(zero.CompareTo(top) + " " + (ushort)zero.CompareTo(top));
        Console.WriteLine('a'.CompareTo('z') + " " + '\u03a3'.CompareTo('\u03c2') + " " + 'Z'.CompareTo('A'));
        int one = 1, many = 1000;
        long far = 1099511627776L;
        Console.WriteLine(one.CompareTo(many) + " " + far.CompareTo(one));
    }
}

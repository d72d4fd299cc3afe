using System;
using AppsScript.Interop;

// Found by the fuzzer (case 87): C# computes x op= y on a short, ushort, byte or sbyte in int and converts the
// result back, wrapping it, and ++ and -- do the same.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        short s = -2132;
        s *= 57;
        Console.WriteLine(s);
        s -= 30000;
        s <<= 3;
        Console.WriteLine(s);
        byte b = 250;
        b += 10;
        Console.WriteLine(b);
        b = 255;
        b++;
        Console.WriteLine(b);
        b--;
        Console.WriteLine(b + " " + b++ + " " + b + " " + ++b);
        sbyte sb = 127;
        sb++;
        Console.WriteLine(sb);
        sb /= 3;
        sb ^= -1;
        Console.WriteLine(sb);
        ushort u = 0;
        u--;
        Console.WriteLine(u);
        u += 2;
        Console.WriteLine(u);
        var counts = new short[] { 32767, -32768 };
        counts[0]++;
        counts[1] -= 1;
        Console.WriteLine(counts[0] + " " + counts[1]);
        var steps = 0;
        for (byte i = 250; i != 2; i++) steps++;
        Console.WriteLine(steps);
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var values = new List<long> { 0, 1, -1, 5, -6, 0xFFFFFFFFL, 0x100000000L, -0x100000000L, 4294967296L * 1000 + 7, -9007199254740991L, 9007199254740991L, int.MaxValue, int.MinValue };
        foreach (var a in values)
        {
            var line = new List<string>();
            foreach (var b in new long[] { 0, 3, -1, 0xF0F0F0F0F0L, -4294967297L })
            {
                line.Add((a & b) + "," + (a | b) + "," + (a ^ b));
            }
            Console.WriteLine(a + ": ~" + ~a + " " + string.Join(" ", line));
        }

        long big = 0x123456789AL;
        foreach (var count in new[] { 0, 1, 4, 12, 31, 32, 33, 40, 63, 64, 65, -1 })
        {
            Console.WriteLine("shift " + count + ": " + ((big >> count) + " " + (-big >> count) + " " + ((big << count) >> 40) + " " + (big >>> count) + " " + (1L << (count & 31))));
        }
        Console.WriteLine((-1L >>> 11) + " " + (-1L >>> 63) + " " + (-8L >>> 64) + " " + (long.MinValue >> 63) + " " + ((long.MinValue >> 20) >> 20));

        long flags = 0;
        flags |= 1L << 40;
        flags |= 1L << 3;
        flags ^= 0xFF;
        flags &= ~(1L << 5);
        Console.WriteLine("flags " + flags + " " + ((flags & (1L << 40)) != 0) + " " + ((flags & (1L << 39)) != 0));
        var shifted = 0x7000000000L;
        shifted >>= 4;
        shifted <<= 2;
        shifted >>>= 1;
        Console.WriteLine("compound " + shifted);

        var array = new long[] { 1L << 33, 6 };
        var i = 0;
        array[i++] |= 5;
        Console.WriteLine(array[0] + " " + array[1] + " " + i);

        int small = 0x40000000;
        Console.WriteLine((small << 1) + " " + (small << 33) + " " + (small >> 35) + " " + (-small >>> 1) + " " + (1 << 32) + " " + (1 << -1));
        long mixed = small & 0x1FFFFFFFFL;
        Console.WriteLine(mixed + " " + (0xFFL | small) + " " + (-1 & 0xFFFFFFFFFL));
        Console.WriteLine(Hash("spotify") + " " + Hash(""));
    }

    private static long Hash(string text)
    {
        long hash = 1469598103;
        foreach (var c in text)
        {
            hash ^= c;
            hash = (hash << 5) ^ (hash >> 3);
            hash &= 0xFFFFFFFFFFL;
        }
        return hash;
    }
}

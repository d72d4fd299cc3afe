using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static int Hash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text) hash = hash * 31 + c;
            return hash;
        }
    }

    public static void Main()
    {
        Console.WriteLine(Hash("hello world, this is a long string"));
        int max = int.MaxValue;
        Console.WriteLine(unchecked(max + 1) + " " + unchecked(max * 2) + " " + unchecked(-max - 2) + " " + unchecked(max * max));
        long big = 1099511627776L + 12345L + 2147483648L;
        Console.WriteLine(unchecked((int)big) + " " + unchecked((int)3000000000L) + " " + unchecked((short)70000) + " " + unchecked((byte)-1));
    }
}

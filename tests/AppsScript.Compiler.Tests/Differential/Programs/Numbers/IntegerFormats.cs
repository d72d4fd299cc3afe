using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var ints = new[] { 0, 1, -1, 42, -42, 255, 4096, int.MaxValue, int.MinValue };
        foreach (var value in ints)
        {
            Console.WriteLine($"{value}: D={value:D} D1={value:D1} D5={value:D5} D12={value:D12} X={value:X} x={value:x} X2={value:X2} X8={value:X8} x10={value:x10}");
        }
        var longs = new[] { 0L, -1L, 255L, 4294967296L, -4294967296L, 9007199254740991L, -9007199254740991L };
        foreach (var value in longs)
        {
            Console.WriteLine($"{value}: D={value:D} D20={value:D20} X={value:X} X16={value:X16}");
        }
        short s = -2;
        byte b = 200;
        sbyte sb = -128;
        ushort us = 65535;
        Console.WriteLine(s.ToString("X") + " " + b.ToString("X") + " " + sb.ToString("X") + " " + us.ToString("x") + " " + s.ToString("D4") + " " + b.ToString("D5") + " " + s + " " + b);
        Console.WriteLine(42.ToString() + " " + (-42).ToString() + " " + 42L.ToString() + " " + 42.ToString("") + " " + 42.ToString((string?)null));
        var hex = "";
        foreach (var c in "Hi!") hex += ((int)c).ToString("x2");
        Console.WriteLine(hex);
    }
}

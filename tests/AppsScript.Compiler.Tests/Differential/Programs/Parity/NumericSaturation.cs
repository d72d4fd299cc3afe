using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        double big = 3e9, small = -3e9, nan = double.NaN;
        Console.WriteLine((int)big + " " + (int)small + " " + (int)nan + " " + (int)2.9 + " " + (int)-2.9);
        double over = 300.5, under = -200.0, inf = double.PositiveInfinity;
        Console.WriteLine((short)big + " " + (byte)over + " " + (sbyte)under + " " + (long)1e15 + " " + (int)inf + " " + (int)-inf);
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    private static void Try(string label, Func<long> compute)
    {
        try
        {
            Console.WriteLine(label + " " + compute());
        }
        catch (OverflowException e)
        {
            Console.WriteLine(label + " OverflowException: " + e.Message);
        }
    }

    public static void Main()
    {
        int max = int.MaxValue, min = int.MinValue, two = 2;
        long bigLong = 5_000_000_000L;
        double huge = 3e9, nan = double.NaN, fine = -12.75;
        Try("add", () => checked(max + 1));
        Try("sub", () => checked(min - 1));
        Try("mul", () => checked(max * two));
        Try("neg", () => checked(-min));
        Try("ok", () => checked(max - 1 + two * 3 - 5));
        Try("int of long", () => checked((int)bigLong));
        Try("int of double", () => checked((int)huge));
        Try("int of NaN", () => checked((int)nan));
        Try("int of -12.75", () => checked((int)fine));
        Try("short of int", () => checked((short)(max / 2)));
        Try("byte of -1", () => checked((byte)(two - 3)));
        Try("long of double", () => checked((long)huge * 2));
        checked
        {
            var counter = int.MaxValue - 1;
            counter++;
            Try("after ++", () => counter);
            Try("++ again", () => counter++);
            var total = max;
            Try("+=", () => total += 1);
        }
    }
}

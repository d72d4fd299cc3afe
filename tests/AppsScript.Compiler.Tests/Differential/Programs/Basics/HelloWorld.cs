using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine("Hello, Apps Script");
        var count = 3;
        var ratio = 2.5;
        var ok = true;
        string? missing = null;
        Console.WriteLine($"count={count} ratio={ratio} ok={ok} missing=[{missing}]");
        Console.WriteLine("sum: " + (count + 4) + ", " + ok + ", " + ratio / 2);
        Console.WriteLine(7 / 2);
        Console.WriteLine(-7 / 2);
        Console.WriteLine(-7 % 3);
        Console.WriteLine(1.0 / 3);
        Console.WriteLine(1e15);
        Console.WriteLine(0.00001);
        Console.WriteLine(ok);
    }
}

using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int? none = null;
        int? some = 42;
        Console.WriteLine($"{none.HasValue} {some.HasValue} {some.Value} {none.GetValueOrDefault()} {some.GetValueOrDefault()} {none.GetValueOrDefault(-1)} {some.GetValueOrDefault(-1)}");
        Console.WriteLine($"[{none}] [{some}] [{none ?? 7}] [{some ?? 7}] [{none ?? some}] [{none ?? none}]");
        Console.WriteLine("[" + none + "] [" + some + "]");
        Console.WriteLine(none);
        Console.WriteLine(some);
        Console.WriteLine($"{none == null} {some == null} {none != null} {some == 42} {none == 42} {some != 41} {none == some}");
        long? big = null;
        double? ratio = 0.5;
        Console.WriteLine($"[{big.GetValueOrDefault()}] [{ratio}] [{ratio.GetValueOrDefault()}] [{(double?)null}]");
        char? letter = 'x';
        char? noLetter = null;
        Console.WriteLine($"[{letter}] [{noLetter}] [{noLetter.GetValueOrDefault() == '\0'}]");
        Console.WriteLine(some.ToString() + "|" + none.ToString() + "|");
        int? assigned = null;
        assigned ??= 5;
        assigned ??= 6;
        Console.WriteLine(assigned);
        var fromValue = new int?(3);
        var empty = new int?();
        Console.WriteLine($"{fromValue} [{empty}] {empty.HasValue}");
    }
}

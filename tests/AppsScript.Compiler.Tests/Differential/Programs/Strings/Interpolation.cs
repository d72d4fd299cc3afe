using System;
using AppsScript.Interop;

public class Track
{
    public Track(string title) { Title = title; }

    public string Title { get; }

    public override string ToString() => "Track " + Title;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        string? missing = null;
        string present = "Ada";
        bool yes = true;
        bool? maybe = null;
        bool? no = false;
        int count = -42;
        int? none = null;
        long big = 9007199254740991L;
        double half = 0.5;
        double third = 1.0 / 3;
        double negativeZero = -0.0;
        char c = 'x';
        Track? track = new Track("Intro");
        Track? noTrack = null;
        object boxed = 2.5;
        object boxedBool = false;
        Console.WriteLine($"missing=[{missing}] present=[{present}]");
        Console.WriteLine($"bools {yes} {maybe} {no} {!yes}");
        Console.WriteLine($"ints {count} {none} {big} {count / 5} {count % 5}");
        Console.WriteLine($"doubles {half} {third} {negativeZero} {1e16} {1e17} {0.0001} {0.00001} {double.NaN} {double.NegativeInfinity}");
        Console.WriteLine($"char {c} {(int)c} {(char)(c + 1)}");
        Console.WriteLine($"objects {track} [{noTrack}] {boxed} {boxedBool}");
        Console.WriteLine($"{{literal braces}} {{{count}}}");
        Console.WriteLine($"nested {$"inner {present.Length}"} done");
        Console.WriteLine($"conditional {(yes ? "on" : "off")} {(count < 0 ? -count : count)}");
        Console.WriteLine($"[{present,6}] [{present,-6}] [{count,5}] [{half,-6}|] [{missing,3}]");
        Console.WriteLine($"");
        Console.WriteLine($"{0.1 + 0.2} {100.0} {1.5e300 * 10} {-1.0 / 3}");
    }
}

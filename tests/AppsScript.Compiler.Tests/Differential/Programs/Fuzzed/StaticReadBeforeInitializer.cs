using System;
using System.Collections.Generic;
using AppsScript.Interop;

// Found by the fuzzer (cases 46, 55, 175): .NET runs static initialisers in textual order over fields already
// zeroed, so an initialiser that reads its own field or a later one, directly or through a method, reads the
// default.
public static class Holder
{
    public static readonly int First = Second + 1;
    public static readonly int Second = 5;
    public static readonly int Self = Self + 2;
    public static readonly int ThroughMethod = Later() * 3;
    public static readonly string Text = Name + "!";
    public static readonly string Name = "holder";
    public static readonly int Last = 9;

    private static int Later() => Last + 1;
}

// The temporaries two initialisers need (here for the out variable) share the one global scope of every file.
public static class Lookups
{
    public static readonly int Found = new Dictionary<string, int> { ["a"] = 4 }.TryGetValue("a", out var found) ? found : -1;
    public static readonly int Again = new Dictionary<string, int> { ["b"] = 5 }.TryGetValue("b", out var found) ? found : -1;
}

public static class MoreLookups
{
    public static readonly int Found = new Dictionary<string, int> { ["c"] = 6 }.TryGetValue("c", out var found) ? found : -1;
}

[GlobalFunctions]
public static class Program
{
    private static readonly int Looked = new Dictionary<string, int> { ["d"] = 7 }.TryGetValue("d", out var found) ? found : -1;
    private static readonly int LookedAgain = new Dictionary<string, int> { ["e"] = 8 }.TryGetValue("x", out var found) ? found : -1;

    public static void Main()
    {
        Console.WriteLine($"{Holder.First} {Holder.Second} {Holder.Self} {Holder.ThroughMethod} {Holder.Text} {Holder.Last}");
        Console.WriteLine($"{Lookups.Found} {Lookups.Again} {MoreLookups.Found} {Looked} {LookedAgain}");
    }
}

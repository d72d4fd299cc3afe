using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        int? missing = null;
        int? present = 10;
        Attempt("Value of null", () => missing.Value);
        Attempt("cast of null", () => (int)missing);
        Attempt("long cast of null", () => (int)(long)missing);
        Attempt("Value", () => present.Value);
        Attempt("cast", () => (int)present);
        Attempt("Value through a method", () => Lookup(false).Value + 1);
        Attempt("Value after a check", () => present.HasValue ? present.Value * 2 : -1);
        if (missing.HasValue)
        {
            Console.WriteLine(missing.Value);
        }
        if (present is not null)
        {
            Console.WriteLine("checked " + present.Value);
        }
        if (present != null)
        {
            Console.WriteLine("checked again " + (present.Value + 1));
        }
        if (present is { } value)
        {
            Console.WriteLine("pattern " + value);
        }
        double? ratio = 2.75;
        Console.WriteLine((int)ratio);
        Console.WriteLine((long)ratio.Value);
    }

    private static int? Lookup(bool found) => found ? 1 : null;

    private static void Attempt(string label, Func<int> read)
    {
        try
        {
            Console.WriteLine($"{label}: {read()}");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"{label}: InvalidOperationException {e.Message}");
        }
    }
}

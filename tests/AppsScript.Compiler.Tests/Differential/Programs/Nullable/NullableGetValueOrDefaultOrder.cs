using System;
using AppsScript.Interop;

public class Counter
{
    public int? Current { get; set; }

    public int Calls { get; private set; }

    public int Fallback()
    {
        Calls++;
        Console.WriteLine("fallback evaluated");
        return -Calls;
    }

    public int? Read()
    {
        Console.WriteLine("read");
        return Current;
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var counter = new Counter { Current = 5 };
        // C# evaluates the argument even when the value is there.
        Console.WriteLine(counter.Current.GetValueOrDefault(counter.Fallback()));
        Console.WriteLine(counter.Read().GetValueOrDefault(counter.Fallback()));
        counter.Current = null;
        Console.WriteLine(counter.Read().GetValueOrDefault(counter.Fallback()));
        // ?? evaluates the right side only when needed.
        Console.WriteLine(counter.Read() ?? counter.Fallback());
        counter.Current = 1;
        Console.WriteLine(counter.Read() ?? counter.Fallback());
        Console.WriteLine("calls " + counter.Calls);
    }
}

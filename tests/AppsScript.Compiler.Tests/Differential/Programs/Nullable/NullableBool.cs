using System;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        bool?[] values = { true, false, null };
        foreach (var value in values)
        {
            Console.WriteLine($"[{value}] ==true:{value == true} ==false:{value == false} !=true:{value != true} ??:{value ?? false} not:[{!value}] has:{value.HasValue} or-default:{value.GetValueOrDefault()}");
            if (value == true) Console.WriteLine("  is true");
            if (value is false) Console.WriteLine("  is false");
            if (value is null) Console.WriteLine("  is null");
            Console.WriteLine("  " + Describe(value));
        }
        bool? explicitFlag = null;
        Console.WriteLine((explicitFlag ?? true) ? "defaults on" : "defaults off");
        Console.WriteLine(explicitFlag.GetValueOrDefault(true));
        bool? parsed = Flags.Parse("x");
        Console.WriteLine(parsed == null);
    }

    private static string Describe(bool? flag) => flag switch
    {
        true => "yes",
        false => "no",
        null => "unknown",
    };
}

public static class Flags
{
    public static bool? Parse(string text) => text == "true" ? true : text == "false" ? false : null;
}

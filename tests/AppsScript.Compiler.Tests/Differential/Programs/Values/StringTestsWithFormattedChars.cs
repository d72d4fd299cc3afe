using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var letter = 'q';
        Console.WriteLine(letter);
        Console.WriteLine($"{letter}!");
        Console.WriteLine("char " + letter);
        var values = new List<object> { "a", 1, "", true, "bc" };
        values.Add(null!);
        foreach (var value in values)
        {
            var kind = value switch
            {
                string s when s.Length == 0 => "empty string",
                string s => "string " + s,
                null => "null",
                _ => "other",
            };
            Console.WriteLine($"{kind} {value is string} {(value as string)?.Length ?? -1}");
        }
        Console.WriteLine(string.Join("|", values.OfType<string>()));
        try
        {
            var text = (string)values[1];
            Console.WriteLine(text);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine("InvalidCastException " + (e.Message.Length > 0));
        }
    }
}

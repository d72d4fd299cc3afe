using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;

// Found by the fuzzer (cases 3996, 8905 and 95459): .NET adds a dictionary initialiser's entries one by one, and
// evaluates GetValueOrDefault's dictionary and key before its fallback, and Prepend's source before its value; the
// emitted code evaluated every entry before the first Add, the fallback first and the prepended value first, so
// another exception came out first.
[GlobalFunctions]
public static class Program
{
    private static readonly List<string> Log = new();

    private static string Note(string text)
    {
        Log.Add(text);
        return text;
    }

    public static void Main()
    {
        var empty = new long[0];
        try
        {
            var map = new Dictionary<string, long> { { "a", 1 }, { "a", 2 }, { "b", empty.Min() } };
            Console.WriteLine(map.Count);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            var copy = new Dictionary<string, string>(new Dictionary<string, string> { ["x"] = "1" }) { { Note("y"), Note("2") }, { Note("x"), Note("3") }, { Note("z"), Note("4") } };
            Console.WriteLine(copy.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message + " after " + string.Join(",", Log));
        }
        var fine = new Dictionary<string, string> { { Note("k"), Note("v") }, { "k2", "v2" } };
        Console.WriteLine(string.Join(";", fine.Select(p => p.Key + "=" + p.Value)) + " " + string.Join(",", Log));
        var text = "lower";
        try
        {
            Console.WriteLine(new[] { true, true }.ToDictionary(x => "k" + x, x => "v").GetValueOrDefault("key", text.Insert(48, text)));
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Console.WriteLine(new[] { 1, 1 }.ToDictionary(x => "k" + x).GetValueOrDefault(Note("key"), Note("fallback").Length));
        }
        catch (Exception e)
        {
            Console.WriteLine(e.Message + " after " + string.Join(",", Log));
        }
        try
        {
            var values = new[] { 1L, 1L }.ToDictionary(x => "k" + x).Values.Prepend(new Dictionary<string, long> { { Note("a"), 1 }, { Note("a"), 2 } }.Count);
            Console.WriteLine(string.Join(",", values));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message + " after " + string.Join(",", Log));
        }
        Log.Clear();
        var found = fine.GetValueOrDefault(Note("k"), Note("fallback"));
        Console.WriteLine(found + " " + string.Join(",", Log));
    }
}

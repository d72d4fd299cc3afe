using System;
using System.Collections.Generic;
using AppsScript.Interop;

public static class Show
{
    public static string All<T>(IEnumerable<T> items)
    {
        var text = "[";
        var first = true;
        foreach (var item in items)
        {
            text += (first ? "" : ", ") + item;
            first = false;
        }
        return text + "]";
    }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var plays = new Dictionary<string, int>();
        Console.WriteLine("empty count: " + plays.Count);
        plays["intro"] = 3;
        plays["outro"] = 1;
        plays["intro"] = 4;
        plays.Add("bridge", 2);
        Console.WriteLine("count " + plays.Count + ", intro " + plays["intro"] + ", bridge " + plays["bridge"]);
        Console.WriteLine("keys " + Show.All(plays.Keys) + ", values " + Show.All(plays.Values) + ", key count " + plays.Keys.Count + ", value count " + plays.Values.Count);

        Console.WriteLine("TryAdd new: " + plays.TryAdd("verse", 9) + ", TryAdd existing: " + plays.TryAdd("intro", 100) + ", intro still " + plays["intro"]);
        Console.WriteLine("ContainsKey intro: " + plays.ContainsKey("intro") + ", INTRO: " + plays.ContainsKey("INTRO"));
        Console.WriteLine("ContainsValue 9: " + plays.ContainsValue(9) + ", 100: " + plays.ContainsValue(100));
        Console.WriteLine("keys of Object.prototype are not keys: " + plays.ContainsKey("toString") + " " + plays.ContainsKey("constructor") + " " + plays.ContainsKey("hasOwnProperty") + " " + plays.Keys.Contains("valueOf"));

        Console.WriteLine("Remove outro: " + plays.Remove("outro") + ", again: " + plays.Remove("outro") + ", toString: " + plays.Remove("toString") + ", count " + plays.Count);
        plays.Remove("verse");
        Console.WriteLine("after Remove as a statement: " + Show.All(plays.Keys));

        var copy = new Dictionary<string, int>(plays);
        copy["extra"] = 1;
        plays["intro"] = 50;
        Console.WriteLine("copy is separate: " + copy.Count + " " + copy["intro"] + " / " + plays.Count + " " + plays["intro"]);

        plays.Clear();
        Console.WriteLine("Clear: " + plays.Count + " " + plays.ContainsKey("intro"));
        plays["toString"] = 7;
        plays["constructor"] = 8;
        Console.WriteLine("keys named like Object members: " + plays["toString"] + " " + plays["constructor"] + " " + plays.Count);

        var nullable = new Dictionary<string, string?> { ["a"] = null };
        Console.WriteLine("a null value is still a key: " + nullable.ContainsKey("a") + " " + nullable.ContainsValue(null) + " " + (nullable["a"] == null));

        var unicode = new Dictionary<string, int> { ["Ünal"] = 1, ["😀"] = 2, [""] = 3 };
        Console.WriteLine("unicode and empty keys: " + unicode["Ünal"] + unicode["😀"] + unicode[""] + " " + Show.All(unicode.Keys));
    }
}

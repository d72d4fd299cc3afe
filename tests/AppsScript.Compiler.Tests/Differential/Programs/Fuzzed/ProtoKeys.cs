using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

// Found by the fuzzer (cases 107, 1143): "__proto__" as a dictionary key set the plain object's prototype in
// JavaScript instead of adding an entry.
[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var map = new Dictionary<string, string> { ["a"] = "1", ["__proto__"] = "x", ["b"] = "2" };
        Console.WriteLine(map.Count + " " + string.Join(",", map.Keys) + " " + map.ContainsKey("__proto__"));
        Console.WriteLine(JsonConvert.SerializeObject(map));
        var counts = new[] { "__proto__", "a", "__proto__" }.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine(string.Join(";", counts.Select(kv => kv.Key + "=" + kv.Value)));
    }
}

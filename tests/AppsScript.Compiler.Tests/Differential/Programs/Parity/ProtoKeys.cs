using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var map = new Dictionary<string, int> { ["__proto__"] = 1, ["toString"] = 2, ["constructor"] = 3 };
        map["hasOwnProperty"] = 4;
        Console.WriteLine(map.Count + " " + map["__proto__"] + " " + map.ContainsKey("valueOf") + " " + string.Join(",", map.Keys));
        Console.WriteLine(JsonConvert.SerializeObject(map));
        var back = JsonConvert.DeserializeObject<Dictionary<string, int>>("{\"__proto__\":5,\"a\":1}")!;
        Console.WriteLine(back.Count + " " + string.Join(",", back.Select(p => p.Key + "=" + p.Value)));
        var set = new HashSet<string> { "__proto__" };
        Console.WriteLine(set.Contains("__proto__") + " " + set.Count);
    }
}

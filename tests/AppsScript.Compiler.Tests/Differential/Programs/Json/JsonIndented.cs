using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Item(string Name, List<int> Counts, Dictionary<string, string> Tags, Item? Child);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var item = new Item("root", new List<int> { 1, 2, 3 }, new Dictionary<string, string> { ["a"] = "x", ["b"] = "y" },
            new Item("leaf", new List<int>(), new Dictionary<string, string> { ["only"] = "one" }, null));
        Console.WriteLine(JsonConvert.SerializeObject(item, Formatting.Indented));
        Console.WriteLine(JsonConvert.SerializeObject(item, Formatting.None));
        Console.WriteLine(JsonConvert.SerializeObject(new List<Item>(), Formatting.Indented));
        Console.WriteLine(JsonConvert.SerializeObject(new { empty = new { }, list = new int[0], nested = new[] { new int[0], new[] { 1 } } }, Formatting.Indented));
        Console.WriteLine(JsonConvert.SerializeObject("text", Formatting.Indented));
        Console.WriteLine(JsonConvert.SerializeObject(42, Formatting.Indented));
        Console.WriteLine(JsonConvert.SerializeObject(new[] { "a\u2028", "b" }, Formatting.Indented));
    }
}

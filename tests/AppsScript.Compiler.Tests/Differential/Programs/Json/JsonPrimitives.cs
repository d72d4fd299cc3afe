using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public enum Visibility { Private, Public, Collaborative }

public record Setting(Visibility Mode, Visibility? Override, char Flag, bool On, int Count, long Big);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        Console.WriteLine(JsonConvert.SerializeObject("text"));
        Console.WriteLine(JsonConvert.SerializeObject(42));
        Console.WriteLine(JsonConvert.SerializeObject(-7L));
        Console.WriteLine(JsonConvert.SerializeObject(true));
        Console.WriteLine(JsonConvert.SerializeObject('c'));
        Console.WriteLine(JsonConvert.SerializeObject(Visibility.Collaborative));
        Console.WriteLine(JsonConvert.SerializeObject(null));
        string? nothing = null;
        Console.WriteLine(JsonConvert.SerializeObject(nothing));
        int? count = null;
        Console.WriteLine(JsonConvert.SerializeObject(count));
        Console.WriteLine(JsonConvert.SerializeObject(new List<int> { 1, -2, 3 }));
        Console.WriteLine(JsonConvert.SerializeObject(new List<bool?> { true, null, false }));
        Console.WriteLine(JsonConvert.SerializeObject(new Setting(Visibility.Public, null, 'x', true, 0, 1234567890123)));
        Console.WriteLine(JsonConvert.SerializeObject(new Dictionary<string, Visibility> { ["a"] = Visibility.Private }));
        Console.WriteLine(JsonConvert.SerializeObject(new { list = new List<int> { 1 }, text = "t", flag = false }));

        Console.WriteLine(JsonConvert.DeserializeObject<string>("\"quoted \\u00e9\""));
        Console.WriteLine(JsonConvert.DeserializeObject<int>("12") + 1);
        Console.WriteLine(JsonConvert.DeserializeObject<bool>("true"));
        Console.WriteLine(JsonConvert.DeserializeObject<int?>("null") == null);
        Console.WriteLine(JsonConvert.DeserializeObject<double>("2.5") * 2);
        Console.WriteLine(JsonConvert.DeserializeObject<Visibility>("2"));
        var counts = JsonConvert.DeserializeObject<Dictionary<string, int>>("{\"b\":2,\"a\":1}")!;
        Console.WriteLine(JsonConvert.SerializeObject(counts));
        var matrix = JsonConvert.DeserializeObject<List<List<int>>>("[[1],[2,3]]")!;
        Console.WriteLine(matrix[1][1]);
    }
}

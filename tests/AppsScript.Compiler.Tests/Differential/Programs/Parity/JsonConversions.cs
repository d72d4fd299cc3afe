using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public enum Mood { Calm, Loud }
public class Counted { public int? Count { get; set; } public string? Id { get; set; } public bool? Flag { get; set; } public double? Ratio { get; set; } public long? Big { get; set; } public Mood? Mood { get; set; } }
public class Defaults { public int Count { get; set; } public bool Flag { get; set; } public long Total { get; set; } public Mood Mood { get; set; } public string? Name { get; set; } }
public class Nested { public List<Counted>? Items { get; set; } public Dictionary<string, int>? Plays { get; set; } }

[GlobalFunctions]
public static class Program
{
    private static void Show(string json)
    {
        try
        {
            var c = JsonConvert.DeserializeObject<Counted>(json)!;
            Console.WriteLine($"{json} -> {(c.Count + 1)} [{c.Id}] {c.Id?.Length} {c.Flag} {c.Ratio * 2} {c.Big} {c.Mood}");
        }
        catch (JsonException e)
        {
            Console.WriteLine($"{json} -> {e.Message}");
        }
    }

    private static void ShowNested(string json)
    {
        try
        {
            var n = JsonConvert.DeserializeObject<Nested>(json)!;
            Console.WriteLine($"{json} -> {n.Items?.Count} {n.Items?[0].Count} {(n.Plays == null ? "none" : string.Join(",", n.Plays.Keys))}");
        }
        catch (JsonException e)
        {
            Console.WriteLine($"{json} -> {e.Message}");
        }
    }

    public static void Main()
    {
        Show("{\"count\":\"42\",\"id\":123456,\"flag\":\"true\",\"ratio\":\"1.5\",\"big\":\"90071992547409\"}");
        Show("{\"id\":true,\"flag\":1,\"big\":2.5,\"mood\":\"loud\"}");
        Show("{\"id\":1.50,\"ratio\":2,\"big\":3.5,\"mood\":1,\"count\":\" 7 \"}");
        Show("{\"id\":-0.0,\"count\":\"\",\"flag\":\"\",\"ratio\":\"\",\"big\":\"\",\"mood\":\"\"}");
        Show("{'id':'single', count: 3, /* note */ \"flag\": false,}");
        Show("{\"count\":7.0}");
        Show("{\"count\":\"abc\"}");
        Show("{\"count\":true}");
        Show("{\"count\":3000000000}");
        Show("{\n  \"ratio\": \"x\"\n}");
        Show("{\"flag\":\"yes\"}");
        Show("{\"big\":\"abc\"}");
        Show("{\"big\":{}}");
        Show("{\"id\":[1]}");
        Show("{\"mood\":\"Blue\"}");
        Show("{\"count\":1");
        Show("{\"count\":1} x");
        Show("[1]");
        ShowNested("{\"items\":[{\"count\":\"5\"}],\"plays\":{\"__proto__\":1,\"b c\":2}}");
        ShowNested("{\"items\":[{},{\"count\":\"q\"}]}");
        ShowNested("{\"plays\":{\"a b\":\"x\"}}");
        ShowNested("{\"items\":{}}");
        ShowNested("{\"items\":\"x\"}");
        ShowNested("{\"plays\":[]}");
        var d = JsonConvert.DeserializeObject<Defaults>("{\"name\":\"n\"}")!;
        Console.WriteLine($"{d.Count} {d.Flag} {d.Total} {d.Mood} {d.Name}");
        try
        {
            JsonConvert.DeserializeObject<Defaults>("{\"count\":null}");
        }
        catch (JsonSerializationException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine(JsonConvert.DeserializeObject<int>("\"42\"") + 1);
        Console.WriteLine(JsonConvert.DeserializeObject<string>("42")!.Length);
        Console.WriteLine(string.Join(",", JsonConvert.DeserializeObject<List<int>>("[1,\"2\"]")!));
    }
}

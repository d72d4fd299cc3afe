using System;
using System.Collections.Generic;
using System.Linq;
using AppsScript.Interop;
using Newtonsoft.Json;

public enum Day { Mon = 1, Tue = 2, Wed = 3 }

[Flags]
public enum Access { None = 0, Read = 1, Write = 2, Share = 4 }

public record Chart(Dictionary<int, string?>? ByRank, IReadOnlyDictionary<Day, int>? Plays, Dictionary<long, List<string>>? Batches);

[GlobalFunctions]
public static class Program
{
    private static string Listed(IEnumerable<string> pairs, string written) => $"{pairs.Count()}: {string.Join(", ", pairs)} | {written}";

    private static string Describe(Dictionary<int, string?>? map) => map == null ? "null" : Listed(map.Select(p => $"{p.Key}={p.Value}"), JsonConvert.SerializeObject(map));

    private static string Describe(Dictionary<Day, int>? map) => map == null ? "null" : Listed(map.Select(p => $"{p.Key}={p.Value}"), JsonConvert.SerializeObject(map));

    private static string Describe(Dictionary<Access, string>? map) => map == null ? "null" : Listed(map.Select(p => $"{p.Key}={p.Value}"), JsonConvert.SerializeObject(map));

    private static string Describe(Dictionary<bool, int>? map) => map == null ? "null" : Listed(map.Select(p => $"{p.Key}={p.Value}"), JsonConvert.SerializeObject(map));

    private static string Describe(Dictionary<char, int>? map) => map == null ? "null" : Listed(map.Select(p => $"{p.Key}={p.Value}"), JsonConvert.SerializeObject(map));

    private static string Describe(Dictionary<byte, int>? map) => map == null ? "null" : Listed(map.Select(p => $"{p.Key}={p.Value}"), JsonConvert.SerializeObject(map));

    private static void Try(string json, Func<string, string> read)
    {
        try
        {
            Console.WriteLine($"{json} -> {read(json)}");
        }
        catch (JsonException e)
        {
            Console.WriteLine($"{json} -> {e.GetType().Name}: {e.Message}");
        }
    }

    private static void Ints(string json) => Try(json, j => Describe(JsonConvert.DeserializeObject<Dictionary<int, string?>>(j)));

    private static void Days(string json) => Try(json, j => Describe(JsonConvert.DeserializeObject<Dictionary<Day, int>>(j)));

    private static void Rights(string json) => Try(json, j => Describe(JsonConvert.DeserializeObject<Dictionary<Access, string>>(j)));

    private static void Flags(string json) => Try(json, j => Describe(JsonConvert.DeserializeObject<Dictionary<bool, int>>(j)));

    private static void Letters(string json) => Try(json, j => Describe(JsonConvert.DeserializeObject<Dictionary<char, int>>(j)));

    private static void Bytes(string json) => Try(json, j => Describe(JsonConvert.DeserializeObject<Dictionary<byte, int>>(j)));

    public static void Main()
    {
        // Keys convert as Convert.ChangeType does with the invariant culture: sign and whitespace allowed.
        Ints("{\"3\":\"c\",\"1\":\"a\",\"-2\":\"minus\",\" 7 \":\"padded\",\"+8\":\"plus\",\"007\":\"zeros\"}");
        // A key met twice (as written or after converting) keeps its first place and takes the last value.
        Ints("{\"1\":\"first\",\"2\":\"two\",\" 1\":\"second\"}");
        Ints("{}");
        Ints("null");
        Ints("{\"1\":null}");
        Ints("{1:'unquoted'}");
        Ints("{\"x\":\"a\"}");
        Ints("{\"1\":\"a\",\n  \"2.5\" :\"b\"}");
        Ints("{\"\":\"empty\"}");
        Ints("{\"2147483648\":\"big\"}");
        Ints("{\"1,000\":\"thousands\"}");
        Ints("{\"0x10\":\"hex\"}");
        Ints("[]");
        Ints("{\"1\":2}");
        Ints("{\"1\":[]}");
        Ints("{\"1\":\"a\"");

        // Enum keys: a member's name in any case, a number (defined or not), or flags joined by commas.
        Days("{\"Tue\":2,\"wed\":3,\"1\":1,\"9\":9}");
        Days("{\"MON\":1,\" Tue \":2}");
        Days("{\"Sun\":7}");
        Days("{\"\":0}");
        Days("{\"Mon, Tue\":0}");
        Rights("{\"Read, Write\":\"rw\",\"share\":\"s\",\"None\":\"-\",\"6\":\"ws\"}");
        Rights("{\"Read,\":\"bad\"}");
        Rights("{\"Read, Nope\":\"bad\"}");

        // bool keys as bool.Parse reads them; char keys one character each.
        Flags("{\"true\":1,\"False\":0,\" TRUE \":2}");
        Flags("{\"yes\":1}");
        Letters("{\"a\":1,\"B\":2,\" \":3}");
        Letters("{\"ab\":1}");
        Letters("{\"\":1}");
        Bytes("{\"255\":1,\"0\":2}");
        Bytes("{\"256\":1}");
        Bytes("{\"-1\":1}");

        var chart = JsonConvert.DeserializeObject<Chart>("{\"byRank\":{\"2\":\"b\",\"1\":\"a\"},\"plays\":{\"Mon\":3,\"2\":5},\"batches\":{\"9007199254740991\":[\"x\",\"y\"]}}")!;
        Console.WriteLine($"{chart.ByRank![1]} {chart.ByRank[2]} {chart.Plays![Day.Mon]} {chart.Plays[Day.Tue]} {chart.Batches![9007199254740991L].Count}");
        Console.WriteLine(chart.ByRank.ContainsKey(3) + " " + chart.Plays.ContainsKey(Day.Wed) + " " + string.Join(",", chart.ByRank.Keys.OrderBy(k => k)));
        chart.ByRank[3] = "c";
        chart.ByRank.Remove(2);
        chart.ByRank[4] = "d";
        Console.WriteLine(JsonConvert.SerializeObject(chart));
        try
        {
            Console.WriteLine(chart.Plays[Day.Wed]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            JsonConvert.DeserializeObject<Chart>("{\"plays\":{\n\"Mon\":1,\n   'Someday'  :  2}}");
        }
        catch (JsonSerializationException e)
        {
            Console.WriteLine(e.Message);
        }
        var onOff = JsonConvert.DeserializeObject<Dictionary<bool, string>>("{\"false\":\"off\"}")!;
        try
        {
            Console.WriteLine(onOff[true]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            onOff.Add(false, "again");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

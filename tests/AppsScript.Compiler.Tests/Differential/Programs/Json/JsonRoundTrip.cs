using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Snapshot(string? PlaylistId, string? SnapshotId, List<string>? TrackIds, Dictionary<string, int>? Counts, Owner? Owner);

public record Owner(string? Id, string? DisplayName);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        string[] inputs =
        {
            "{\"PlaylistId\":\"p\",\"SnapshotId\":\"s\",\"TrackIds\":[\"a\",\"b\"],\"Counts\":{\"b\":2,\"a\":1},\"Owner\":{\"Id\":\"o\",\"DisplayName\":\"Owner\"}}",
            "{\"Owner\":{\"DisplayName\":\"Reordered\",\"Id\":\"o\",\"Followers\":3},\"SnapshotId\":\"s\"}",
            "{\"playlistid\":\"lower\",\"UNKNOWN\":[1,2,3],\"trackIds\":[]}",
            "{}",
            "{\"Counts\":{},\"TrackIds\":null,\"Owner\":null}",
        };
        foreach (var input in inputs)
        {
            var snapshot = JsonConvert.DeserializeObject<Snapshot>(input)!;
            var output = JsonConvert.SerializeObject(snapshot);
            Console.WriteLine(output);
            var again = JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Snapshot>(output));
            Console.WriteLine(again == output);
        }
        var list = JsonConvert.DeserializeObject<List<int>>("[3,1,2]")!;
        list.Add(4);
        Console.WriteLine(JsonConvert.SerializeObject(list));
        var map = JsonConvert.DeserializeObject<Dictionary<string, List<string>>>("{\"x\":[\"1\"],\"y\":[]}")!;
        Console.WriteLine(JsonConvert.SerializeObject(map, Formatting.Indented));
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Uri(string Value);

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var uris = new List<string> { "spotify:track:1", "spotify:track:2" };
        Console.WriteLine(JsonConvert.SerializeObject(new { uris }));
        Console.WriteLine(JsonConvert.SerializeObject(new { uris, position = 0 }));
        Console.WriteLine(JsonConvert.SerializeObject(new { name = "Weekly", @public = false, description = (string?)null }));
        Console.WriteLine(JsonConvert.SerializeObject(new { tracks = new[] { new { uri = "u1" }, new { uri = "u2" } }, snapshot_id = "s" }));
        Console.WriteLine(JsonConvert.SerializeObject(new { range_start = 3, insert_before = 0, range_length = 2 }, Formatting.Indented));
        var body = new { grant_type = "refresh_token", refresh_token = "tok\"en", wrapped = new Uri("x") };
        Console.WriteLine(JsonConvert.SerializeObject(body));
        Console.WriteLine(JsonConvert.SerializeObject(new { }));
        Console.WriteLine(JsonConvert.SerializeObject(new { Nested = new { Deeper = new { Value = 1 } } }));
    }
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Artist(string? Id, string? Name);

public class Track
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public int? DurationMs { get; set; }
    public bool? Explicit { get; set; }
    public List<Artist>? Artists { get; set; }
    public Artist? Album { get; set; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var text = "{\"name\":\"Song\",\"extra\":{\"deep\":true},\"id\":\"t1\",\"artists\":[{\"name\":\"A\",\"id\":\"a1\",\"uri\":\"spotify:artist:a1\"},{\"id\":\"a2\"}],\"duration_ms\":5}";
        var track = JsonConvert.DeserializeObject<Track>(text)!;
        Console.WriteLine($"{track.Id} {track.Name} [{track.DurationMs}] [{track.Explicit}] {track.Artists!.Count} {track.Artists[0].Name} [{track.Artists[1].Name}] {track.Album == null}");
        Console.WriteLine(JsonConvert.SerializeObject(track));

        // A key matches a member exactly, else ignoring case; the last key that matches wins.
        Console.WriteLine(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Artist>("{\"NAME\":\"upper\",\"id\":\"lower\"}")));
        Console.WriteLine(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Artist>("{\"name\":\"first\",\"Name\":\"exact\"}")));
        Console.WriteLine(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Artist>("{\"Name\":\"exact\",\"name\":\"last\"}")));
        Console.WriteLine(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Artist>("{}")));
        Console.WriteLine(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Artist>("{\"Id\":null,\"Name\":\"x\"}")));
        Console.WriteLine(JsonConvert.DeserializeObject<Artist>("null") == null);
        Console.WriteLine(JsonConvert.DeserializeObject<Artist>("") == null);
        Console.WriteLine(JsonConvert.DeserializeObject<Artist>("  \n ") == null);

        var artists = JsonConvert.DeserializeObject<List<Artist>>("[{\"Name\":\"b\",\"Id\":\"2\",\"Rank\":1},null,{}]")!;
        Console.WriteLine(artists.Count + " " + JsonConvert.SerializeObject(artists));
        var byId = JsonConvert.DeserializeObject<Dictionary<string, Artist>>("{\"z\":{\"name\":\"Z\"},\"a\":{\"id\":\"a\",\"x\":1}}")!;
        Console.WriteLine(JsonConvert.SerializeObject(byId));
        var grid = JsonConvert.DeserializeObject<List<Artist[]>>("[[{\"name\":\"n\"}],[]]")!;
        Console.WriteLine(grid.Count + " " + JsonConvert.SerializeObject(grid));
        try
        {
            JsonConvert.DeserializeObject<Artist>(null!);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}

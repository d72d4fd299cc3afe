using System;
using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Artist(string Id, string Name);

public record Track(string Id, string Name, int DurationMs, List<Artist> Artists)
{
    public bool Explicit { get; init; }
    public int? Popularity { get; init; }
    public string? PreviewUrl { get; init; }
}

public class SyncState
{
    public string? PlaylistId { get; set; }
    public int Count { get; set; }
    public long Version { get; set; }
    public List<string> TrackIds { get; set; } = new();
    public Artist? Owner { get; set; }
    public bool? Public { get; set; }
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var track = new Track("t1", "Song", 215000, new List<Artist> { new("a1", "First"), new("a2", "Second") })
        {
            Popularity = 71,
        };
        Console.WriteLine(JsonConvert.SerializeObject(track));
        Console.WriteLine(JsonConvert.SerializeObject(track with { Explicit = true, PreviewUrl = "https://p.scdn.co/x", Artists = new List<Artist>() }));
        var state = new SyncState { PlaylistId = "pl", Count = 2, Version = 9007199254740991 };
        Console.WriteLine(JsonConvert.SerializeObject(state));
        state.TrackIds.Add("t1");
        state.Owner = new Artist("me", "Me");
        state.Public = false;
        Console.WriteLine(JsonConvert.SerializeObject(state));
        Console.WriteLine(JsonConvert.SerializeObject(new SyncState()));
        Console.WriteLine(JsonConvert.SerializeObject(new List<Track> { track, track with { Id = "t2", Popularity = null } }));
        Console.WriteLine(JsonConvert.SerializeObject(new Artist[0]));
        Console.WriteLine(JsonConvert.SerializeObject(new[] { new Artist("x", "X") }));
    }
}

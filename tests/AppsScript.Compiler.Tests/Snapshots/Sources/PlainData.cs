using System.Collections.Generic;
using AppsScript.Interop;
using Newtonsoft.Json;

public record Artist([property: JsonProperty("name")] string Name, [property: JsonProperty("id")] string? Id);

public class SavedTrack
{
    [JsonProperty("added_at")]
    public string? AddedAt { get; set; }

    [JsonProperty("track")]
    public Track? Track { get; set; }
}

public class Track
{
    public string? Name { get; set; }
    public int DurationMs { get; set; }
    public bool Explicit { get; set; }
    public List<Artist> Artists { get; set; } = new();
}

[GlobalFunctions]
public static class Code
{
    public static SavedTrack Saved(string name, string at) =>
        new SavedTrack { Track = new Track { Name = name, Artists = new List<Artist>() }, AddedAt = at };

    public static Track Renamed(Track track, string name) => new Track { Name = name, DurationMs = track.DurationMs };

    public static Artist Anonymous(Artist artist) => artist with { Id = null };

    public static object Page(int offset) => new { limit = 50, offset, next = (string?)null };
}

using System;
using System.Collections.Generic;
using AppsScript.Interop;

public record Limits(int? MaxTracks, int? MinDurationMs);

public class Playlist
{
    public string Name { get; set; } = "";

    public Limits? Limits { get; set; }

    public int? Length { get; set; }

    public int Effective() => Limits?.MaxTracks ?? Length ?? 100;
}

[GlobalFunctions]
public static class Program
{
    public static void Main()
    {
        var playlists = new List<Playlist>
        {
            new() { Name = "a" },
            new() { Name = "b", Length = 20 },
            new() { Name = "c", Limits = new Limits(50, null), Length = 20 },
            new() { Name = "d", Limits = new Limits(null, 30000) },
        };
        foreach (var p in playlists)
        {
            Console.WriteLine($"{p.Name}: effective {p.Effective()} max [{p.Limits?.MaxTracks}] min [{p.Limits?.MinDurationMs}] has limits {p.Limits is not null}");
            p.Length ??= 0;
            p.Length = p.Length + 1;
            Console.WriteLine($"  length {p.Length} {(p.Limits?.MinDurationMs > 10000)} {p.Limits?.MinDurationMs.HasValue}");
        }
        int? maybe = playlists[1].Length;
        var sum = 0;
        if (maybe is int known) sum += known;
        if (playlists[0].Limits?.MaxTracks is int max) sum += max;
        Console.WriteLine(sum);
    }
}

using System;
using AppsScript.Interop;

/// <summary>A playlist the sync follows.</summary>
public class Playlist
{
    private static int instances;
    public const int MaxTracks = 10000;
    public static readonly string DefaultName = "Liked Songs";
    private readonly string id;

    public Playlist(string id, string? name = null)
    {
        this.id = id;
        Name = name ?? DefaultName;
        instances++;
    }

    /// <summary>The Spotify ID.</summary>
    public string Id => id;

    public string Name { get; set; }

    public int TrackCount { get; private set; }

    public bool IsFull => TrackCount >= MaxTracks;

    public static int Instances => instances;

    public void Add(int count) => TrackCount = Math.Min(TrackCount + count, MaxTracks);

    public override string ToString() => $"{Name} ({TrackCount})";
}

public sealed class SmartPlaylist : Playlist
{
    public SmartPlaylist(string id, string rule) : base(id, "Smart: " + rule)
    {
        Rule = rule;
    }

    public string Rule { get; }
}

[GlobalFunctions]
public static class Demo
{
    /// <summary>Uses every member above, so that all of them are emitted.</summary>
    public static string Run()
    {
        var playlist = new SmartPlaylist("p1", "added this week");
        playlist.Add(12);
        return $"{playlist} {playlist.Id} {playlist.Rule} {playlist.IsFull} {Playlist.Instances}";
    }
}

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Simulation;

namespace SpotifySync.Gas.Tests.Parity;

/// <summary>
/// One side of the parity test: a simulated Spotify and Notion, a Tracks database and the settings, and a way to
/// run the sync's functions. Both sides are built from the same <see cref="SimulatedCloudOptions"/> (seed, start,
/// library, credentials) and get the same fixed latency, so that the only difference is what runs the sync core.
/// </summary>
internal interface IParitySide : IAsyncDisposable
{
    string Name { get; }

    SpotifySimulator Spotify { get; }

    NotionSimulator Notion { get; }

    string TracksDataSourceId { get; }

    DateTimeOffset Now { get; }

    /// <summary>Lets time pass up to <paramref name="time"/> (never backwards: a run that took longer keeps its time).</summary>
    void AdvanceTo(DateTimeOffset time);

    /// <summary>Runs a top-level function of the sync (<c>syncSpotifyToNotion</c>, ...) and returns its status.</summary>
    string Run(string function, params string[] arguments);
}

/// <summary>What both sides share: the options, the latency, the Tracks database and the settings.</summary>
internal static class ParityWorld
{
    public static readonly TimeSpan SpotifyLatency = TimeSpan.FromMilliseconds(120);

    public static readonly TimeSpan NotionLatency = TimeSpan.FromMilliseconds(250);

    /// <summary>The Tracks schema with every property (created up front on both sides, so initialization is not part of the comparison).</summary>
    public const string TracksSchema = """
        {"Name":{"title":{}},"Artist":{"rich_text":{}},"Album":{"rich_text":{}},"Spotify ID":{"rich_text":{}},"Spotify URL":{"url":{}},
         "ISRC":{"rich_text":{}},"Duration":{"number":{"format":"number"}},"Release Date":{"date":{}},"Added At":{"date":{}},
         "Source":{"select":{"options":[{"name":"Saved"},{"name":"Recently Played"},{"name":"Playlist"}]}},"Playlists":{"multi_select":{"options":[]}},
         "Last Played":{"date":{}},"Play Count":{"number":{"format":"number"}},"In Library":{"checkbox":{}},
         "Download Status":{"select":{"options":[{"name":"Pending"},{"name":"Downloading"},{"name":"Downloaded"},{"name":"Not Found"},{"name":"Failed"}]}},
         "Downloaded":{"checkbox":{}},"File Path":{"rich_text":{}},"SoundCloud URL":{"url":{}}}
        """;

    /// <summary>Latency on every endpoint, fixed so that neither side's order of concurrent calls changes what the seeded random gives.</summary>
    public static void WithLatency(SpotifySimulator spotify, NotionSimulator notion)
    {
        spotify.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.Fixed(SpotifyLatency));
        notion.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.Fixed(NotionLatency));
    }

    /// <summary>The script properties a person sets, as name and value; the refresh token issued by the side's Spotify.</summary>
    public static Dictionary<string, string> Settings(SimulatedCloudOptions options, SpotifySimulator spotify, NotionDatabaseIds tracks, DateTimeOffset now) => new()
    {
        ["SPOTIFY_CLIENT_ID"] = options.SpotifyClientId,
        ["SPOTIFY_CLIENT_SECRET"] = options.SpotifyClientSecret,
        ["SPOTIFY_REFRESH_TOKEN"] = spotify.Tokens.IssueRefreshToken(authorizedAt: now),
        ["NOTION_TOKEN"] = options.NotionToken,
        ["TRACKS_DB_ID"] = tracks.DatabaseId,
    };

}

using System;
using System.Collections.Generic;
using System.Net.Http;
using AppsScript.Emulator.Quotas;
using Newtonsoft.Json;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tracks;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;

namespace SpotifySync.Core.Scenarios.Tests.World;

/// <summary>
/// The world every scenario starts in, the same on both runtimes: one seeded library, the simulators answering after a
/// fixed latency, a Tracks database with the full schema, and the script properties a person sets.
/// </summary>
internal static class WorldSetup
{
    public const int Seed = 7;

    public const string AlertEmail = "me@example.com";

    public static readonly TimeSpan SpotifyLatency = TimeSpan.FromMilliseconds(100);

    public static readonly TimeSpan NotionLatency = TimeSpan.FromMilliseconds(200);

    /// <summary>The world's options, with the companion's stand-in reachable at its host.</summary>
    public static SimulatedCloudOptions Options(CompanionStandIn companion) => new()
    {
        Seed = Seed,
        Library = new LibrarySpec { Tracks = 200, LikedTracks = 30, Plays = 40, LocalFiles = 2, LargestPlaylist = 40 },
        // A scenario is one execution that plays many of the script's runs, hours apart; each run keeps inside Apps
        // Script's 6 minutes by the core's own time budget, which is what the scenarios prove.
        Limits = PlatformLimits.Consumer with { ExecutionTime = TimeSpan.FromDays(2) },
        OtherHosts = new Dictionary<string, HttpMessageHandler> { [CompanionStandIn.Host] = companion },
    };

    /// <summary>Sets the latency, creates the Tracks database and sets the script properties; returns the database.</summary>
    public static NotionDatabaseIds Prepare(SimulatedCloudOptions options, SandboxApis apis, DateTimeOffset now, Action<string, string> setProperty)
    {
        apis.Spotify.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.Fixed(SpotifyLatency));
        apis.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, LatencyModel.Fixed(NotionLatency));
        var schema = JsonConvert.SerializeObject(TrackSchema.Definitions(new TrackPropertyNames()), new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });
        var tracks = apis.Notion.Workspace.CreateDatabase("Music Tracks", schema);
        setProperty(SettingNames.SpotifyClientId, options.SpotifyClientId);
        setProperty(SettingNames.SpotifyClientSecret, options.SpotifyClientSecret);
        setProperty(SettingNames.SpotifyRefreshToken, apis.Spotify.Tokens.IssueRefreshToken(authorizedAt: now));
        setProperty(SettingNames.NotionToken, options.NotionToken);
        setProperty(SettingNames.TracksDbId, tracks.DatabaseId);
        setProperty(SettingNames.AlertEmail, AlertEmail);
        return tracks;
    }
}

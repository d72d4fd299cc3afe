using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Serilog;
using SpotifySync.Companion.Demo;
using SpotifySync.Companion.Downloads;
using SpotifySync.Companion.Server;
using SpotifySync.Companion.State;
using SpotifySync.Companion.Sync;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>
/// The contract from the script to the companion across the two real sides: the emitted script's notification, sent
/// by UrlFetchApp under the emulator, reaches the companion's own Kestrel server on loopback, passes its signature
/// and replay checks, and starts a run that finds the pages the script had just made.
/// </summary>
public sealed class CompanionServerContractTests
{
    [Fact]
    public async Task The_scripts_notification_reaches_the_real_companion_server_and_starts_a_run()
    {
        using var loopback = new SocketsHttpHandler();
        await using var world = await SyncWorld.StartAsync(new SimulatedCloudOptions
        {
            Seed = 37,
            Library = new LibrarySpec { Tracks = 40, LikedTracks = 6, Plays = 0, LocalFiles = 0 },
            Loopback = true,
            OtherHosts = new Dictionary<string, HttpMessageHandler> { ["127.0.0.1"] = loopback },
        });
        using var companion = new CompanionBeside(world);
        var configuration = companion.Configuration();
        var liked = world.Cloud.Spotify.Library.SavedTracksAt(world.Cloud.Clock.GetUtcNow()).Select(saved => saved.Track).ToList();
        // The demo's downloader "finds" every liked track: the run's downloads are not the contract, its start is.
        var catalog = liked.Select((track, index) => new YtDlpCandidate($"track{index}", track.Name, track.Artists.FirstOrDefault()?.Name, track.DurationMs / 1000.0, $"https://stand-in.invalid/{index}")).ToList();
        await using var server = await GasServer.StartAsync(configuration, new LoggerConfiguration().CreateLogger(), 0,
            new StandInDownloader(catalog, configuration.DownloadDir), world.Cloud.Clock);
        var properties = world.Cloud.Environment.ScriptProperties;
        properties.Set("COMPANION_URL", server.BaseAddress.ToString().TrimEnd('/'));
        properties.Set("WEBHOOK_SECRET", CompanionBeside.WebhookSecret);
        world.Run("initializeSpotifySync");

        var sync = world.Run("fullSync");
        await server.Service.Runs.Current;

        Assert.Equal(6, sync.Return!["tracks"]!["created"]!.GetValue<int>());
        var state = server.Service.State.Read();
        var notification = Assert.Single(state.Events);
        Assert.Equal(("fullSync", 6), (notification.Event, notification.Created));
        Assert.NotNull(notification.RunId);
        var run = Assert.Single(state.Runs);
        Assert.Equal((notification.RunId, RunTriggers.Webhook, RunOutcomes.Succeeded), (run.RunId, run.Trigger, run.Outcome));
        Assert.Equal(6, run.Downloaded);
        Assert.All(world.Cloud.Notion.Workspace.Pages(world.Tracks.DataSourceId), page => Assert.Equal("Downloaded", page.Select("Download Status")));
    }
}

using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>A Spotify 401 refreshes the access token once and retries the request once; a 401 that persists fails the run, with no loop.</summary>
public sealed class UnauthorizedRetryTests
{
    private const string SavedTracks = "GET /v1/me/tracks";
    private const string Token = "POST /api/token";

    [Fact]
    public async Task A401OnTheLikedSongsRefreshesTheTokenOnceRetriesOnceAndTheRunSucceeds()
    {
        await using var world = await SyncedWorldWithNewLikesAsync(seed: 33);
        var before = world.Cloud.Spotify.Traffic.Count();
        world.Cloud.Spotify.Faults.Next(SavedTracks, new Fault(FaultKind.Unauthorized));

        var result = world.Run("syncSpotifyToNotion");

        Assert.Equal("done", result.Return!["status"]!.GetValue<string>());
        Assert.Equal(3, result.Return["newLikes"]!.GetValue<int>());
        var calls = world.Cloud.Spotify.Traffic.Entries.Skip(before).Select(entry => $"{entry.Endpoint} {entry.Status}").ToList();
        Assert.Equal([$"{SavedTracks} 401", $"{Token} 200", $"{SavedTracks} 200"], calls);
        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated {audit.Duplicated.Count}, missing {audit.Missing.Count}");
        Assert.Equal(83, audit.Pages);
    }

    [Fact]
    public async Task A401ThatPersistsStopsAfterOneRefreshAndOneRetryWithAFailedRunAndTheNextRunCatchesUp()
    {
        await using var world = await SyncedWorldWithNewLikesAsync(seed: 34);
        var before = world.Cloud.Spotify.Traffic.Count();
        world.Cloud.Spotify.Faults.Next(SavedTracks, new Fault(FaultKind.Unauthorized), times: 10);

        var failed = world.Run("syncSpotifyToNotion");
        var calls = world.Cloud.Spotify.Traffic.Entries.Skip(before).Select(entry => $"{entry.Endpoint} {entry.Status}").ToList();
        var pagesAfterFailure = world.Audit().Pages;
        world.Cloud.Spotify.Faults.ClearFaults();
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));
        var next = world.Run("syncSpotifyToNotion");

        Assert.Equal("failed", failed.Return!["status"]!.GetValue<string>());
        Assert.Contains("Missing/invalid/expired access token", failed.Return["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([$"{SavedTracks} 401", $"{Token} 200", $"{SavedTracks} 401"], calls);
        Assert.Equal(3, failed.UrlFetchCount);
        Assert.Equal(80, pagesAfterFailure);
        Assert.Equal("done", next.Return!["status"]!.GetValue<string>());
        Assert.Equal(3, next.Return["newLikes"]!.GetValue<int>());
        var audit = world.Audit();
        Assert.True(audit.ExactlyOnce, $"duplicated {audit.Duplicated.Count}, missing {audit.Missing.Count}");
        Assert.Equal(83, audit.Pages);
    }

    /// <summary>A library of 80 likes already in Notion, and 3 new likes since, for the next incremental run to read.</summary>
    private static async Task<SyncWorld> SyncedWorldWithNewLikesAsync(int seed)
    {
        var world = await SyncWorld.StartAsync(seed, new LibrarySpec { Tracks = 120, LikedTracks = 80, Plays = 0 });
        world.Run("initializeSpotifySync");
        Assert.Equal("done", world.Run("fullSync").Return!["status"]!.GetValue<string>());
        world.Cloud.Spotify.Library.ScheduleLikes(3, world.Cloud.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));
        return world;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Gas.Tests.Support;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using Xunit;

namespace SpotifySync.Gas.Tests;

/// <summary>With <c>COMPANION_URL</c> and <c>WEBHOOK_SECRET</c> set, a run that created pages tells the companion, signed; an idle run sends nothing.</summary>
public sealed class CompanionNotificationTests
{
    private const string Secret = "a-shared-webhook-secret-of-the-person";

    [Fact]
    public async Task ARunThatAddsTracksPostsOneSignedNotificationListingThemAndAnIdleRunPostsNothing()
    {
        using var companion = new CompanionRecorder();
        await using var world = await SyncWorld.StartAsync(new SimulatedCloudOptions
        {
            Seed = 35,
            Library = new LibrarySpec { Tracks = 120, LikedTracks = 80, Plays = 0 },
            OtherHosts = new Dictionary<string, HttpMessageHandler> { [CompanionRecorder.Host] = companion },
        });
        var properties = world.Cloud.Environment.ScriptProperties;
        properties.Set("COMPANION_URL", CompanionRecorder.Url);
        properties.Set("WEBHOOK_SECRET", Secret);
        world.Run("initializeSpotifySync");
        world.Run("fullSync");
        var afterFullSync = companion.Requests.Count;
        var likes = world.Cloud.Spotify.Library.ScheduleLikes(3, world.Cloud.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        world.Cloud.Clock.Advance(TimeSpan.FromMinutes(5));

        var adding = world.Run("syncSpotifyToNotion");
        var afterAdding = companion.Requests.Count;
        var idle = world.Run("syncSpotifyToNotion");

        Assert.Equal(1, afterFullSync);
        Assert.Equal(80, Body(companion.Requests[0])["created"]!.GetValue<int>());
        Assert.Equal(3, adding.Return!["newLikes"]!.GetValue<int>());
        Assert.Equal(2, afterAdding);
        Assert.Equal(0, idle.Return!["newLikes"]!.GetValue<int>());
        Assert.Equal(afterAdding, companion.Requests.Count);

        var request = companion.Requests[1];
        Assert.Equal("POST", request.Method);
        Assert.Equal($"{CompanionRecorder.Url}/gas/webhook", request.Url);
        Assert.Equal("application/json", request.ContentType);
        var timestamp = long.Parse(request.Timestamp!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(timestamp, adding.Start.ToUnixTimeSeconds(), adding.End.ToUnixTimeSeconds());
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"{request.Timestamp}.{request.Body}")));
        Assert.Equal(expected, request.Signature);
        var body = Body(request);
        Assert.Equal("syncSpotifyToNotion", body["event"]!.GetValue<string>());
        Assert.Equal(3, body["created"]!.GetValue<int>());
        Assert.Equal(likes.Select(like => like.Track.Id).Order(), body["ids"]!.AsArray().Select(id => id!.GetValue<string>()).Order());
    }

    private static JsonNode Body(CompanionRequest request) => JsonNode.Parse(request.Body)!;
}

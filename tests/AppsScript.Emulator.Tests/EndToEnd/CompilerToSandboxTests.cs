using System;
using System.Linq;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Spotify.Library;
using SpotifySync.Simulation;
using Xunit;

namespace AppsScript.Emulator.Tests.EndToEnd;

/// <summary>
/// The whole chain: a C# Apps Script program compiled by our compiler, run by the emulator, reaching the
/// simulated Spotify and Notion through UrlFetchApp, on one virtual clock.
/// </summary>
public sealed class CompilerToSandboxTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ACompiledProgramCopiesLikedTracksFromSpotifyToNotionThroughUrlFetchApp(bool loopback)
    {
        await using var cloud = await SimulatedCloud.StartAsync(new SimulatedCloudOptions
        {
            Seed = 11,
            Library = new LibrarySpec { Tracks = 30, LikedTracks = 12 },
            Loopback = loopback,
        });
        var spotify = cloud.Spotify;
        var tracks = cloud.Notion.Workspace.CreateDatabase("Music Tracks", """{"Name":{"title":{}}}""");
        var refreshToken = spotify.Tokens.IssueRefreshToken();
        var properties = cloud.Environment.ScriptProperties;
        properties.Set("SPOTIFY_CLIENT_ID", cloud.Options.SpotifyClientId);
        properties.Set("SPOTIFY_CLIENT_SECRET", cloud.Options.SpotifyClientSecret);
        properties.Set("SPOTIFY_REFRESH_TOKEN", refreshToken);
        properties.Set("NOTION_TOKEN", cloud.Options.NotionToken);
        properties.Set("TRACKS_DB_ID", tracks.DataSourceId);
        spotify.Faults.WithLatency("*", LatencyModel.Fixed(TimeSpan.FromMilliseconds(200)));
        cloud.Notion.Faults.WithLatency("*", LatencyModel.Fixed(TimeSpan.FromMilliseconds(300)));
        var project = CompiledProgram.Load("LikedTracksToNotion.cs");

        var result = cloud.Environment.Run(project, "copyNewestLikes", 5);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(!loopback, cloud.Apis.SpotifyHost.IsInProcess);
        Assert.Equal(5, result.Return!.GetValue<int>());
        var newestFive = spotify.Library.SavedTracksAt(cloud.Clock.GetUtcNow())
            .OrderByDescending(saved => saved.AddedAt).Take(5).Select(saved => saved.Track.Name);
        Assert.Equal(newestFive, cloud.Notion.Workspace.Pages(tracks.DataSourceId).Select(page => page.Text("Name")));
        Assert.Equal(7, result.UrlFetchCount);
        Assert.Equal(TimeSpan.FromMilliseconds(2 * 200 + 5 * 300), result.Duration);
        Assert.Contains(result.Logs, log => log.Message == "Copied 5 of 5 liked tracks to Notion.");
        Assert.NotEqual(refreshToken, properties.Get("SPOTIFY_REFRESH_TOKEN"));
    }

    [Fact]
    public async Task ASandboxFaultReachesTheCompiledProgramAsUrlFetchAppsErrorAndStopsTheExecution()
    {
        await using var cloud = await SimulatedCloud.StartAsync(new SimulatedCloudOptions { Seed = 12, Library = new LibrarySpec { Tracks = 10, LikedTracks = 4 } });
        var tracks = cloud.Notion.Workspace.CreateDatabase("Music Tracks", """{"Name":{"title":{}}}""");
        var properties = cloud.Environment.ScriptProperties;
        properties.Set("SPOTIFY_CLIENT_ID", cloud.Options.SpotifyClientId);
        properties.Set("SPOTIFY_CLIENT_SECRET", cloud.Options.SpotifyClientSecret);
        properties.Set("SPOTIFY_REFRESH_TOKEN", cloud.Spotify.Tokens.IssueRefreshToken());
        properties.Set("NOTION_TOKEN", cloud.Options.NotionToken);
        properties.Set("TRACKS_DB_ID", tracks.DataSourceId);
        cloud.Notion.Faults.Next("POST /v1/pages", new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(9)));

        var result = cloud.Environment.Run(CompiledProgram.Load("LikedTracksToNotion.cs"), "copyNewestLikes", 3);

        Assert.False(result.Succeeded);
        Assert.StartsWith("Request failed for https://api.notion.com returned code 429. Truncated server response: {", result.Error!.Message, StringComparison.Ordinal);
        Assert.Empty(cloud.Notion.Workspace.Pages(tracks.DataSourceId));
        Assert.Equal(3, result.UrlFetchCount);
    }
}

using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Sandbox.Spotify.Library;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Hosting;

public sealed class SandboxApisTests
{
    private const string NotionToken = "ntn_sandbox_integration";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task OneHandlerReachesSpotifyAndNotionByTheirRealAddresses(bool inProcess)
    {
        var time = inProcess ? new ManualClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)).AsSandboxTime() : SandboxTime.RealTime;
        var spotify = new SpotifySimulator(
            new SpotifySimulatorOptions { ClientId = "client", ClientSecret = "secret", RedirectUris = ["https://script.google.com/macros/d/x/usercallback"] },
            time, new SandboxRandom(5), new LibrarySpec { Tracks = 20, LikedTracks = 10 });
        var notion = new NotionSimulator(new NotionSimulatorOptions { IntegrationTokens = [NotionToken], Time = time, Random = new SandboxRandom(5) });
        var tracks = notion.Workspace.CreateDatabase("Music Tracks", """{"Name":{"title":{}}}""");
        await using var apis = inProcess
            ? await SandboxApis.StartInProcessAsync(spotify, notion)
            : await SandboxApis.StartLoopbackAsync(spotify, notion);
        using var client = new HttpClient(apis.CreateHandler());

        using var me = new HttpRequestMessage(HttpMethod.Get, "https://api.spotify.com/v1/me");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", spotify.Tokens.IssueAccessToken());
        var profile = await (await client.SendAsync(me)).Content.ReadFromJsonAsync<JsonElement>();

        using var token = new HttpRequestMessage(HttpMethod.Post, "https://accounts.spotify.com/api/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", spotify.Tokens.IssueRefreshToken())]),
        };
        token.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("client:secret")));
        var refreshed = await client.SendAsync(token);

        using var query = new HttpRequestMessage(HttpMethod.Post, $"https://api.notion.com/v1/data_sources/{tracks.DataSourceId}/query")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        query.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NotionToken);
        query.Headers.Add("Notion-Version", "2025-09-03");
        var pages = await (await client.SendAsync(query)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(inProcess, apis.SpotifyHost.IsInProcess && apis.NotionHost.IsInProcess);
        Assert.Equal(spotify.Library.User.Id, profile.GetProperty("id").GetString());
        Assert.True(refreshed.IsSuccessStatusCode, await refreshed.Content.ReadAsStringAsync());
        Assert.Equal("list", pages.GetProperty("object").GetString());
        Assert.Equal(2, spotify.Traffic.Count());
        Assert.Equal(1, notion.Traffic.Count("POST /v1/data_sources/{id}/query"));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("https://api.github.com/"));
    }

    [Fact]
    public async Task OtherHostsAddedToTheHandlerGetTheirRequestsUnchangedAndTheCallerKeepsTheirHandlers()
    {
        var time = new ManualClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)).AsSandboxTime();
        var spotify = new SpotifySimulator(
            new SpotifySimulatorOptions { ClientId = "client", ClientSecret = "secret", RedirectUris = ["https://script.google.com/macros/d/x/usercallback"] },
            time, new SandboxRandom(6), new LibrarySpec { Tracks = 20, LikedTracks = 10 });
        var notion = new NotionSimulator(new NotionSimulatorOptions { IntegrationTokens = [NotionToken], Time = time, Random = new SandboxRandom(6) });
        await using var apis = await SandboxApis.StartInProcessAsync(spotify, notion);
        using var companion = new AnsweringHandler();

        using (var client = new HttpClient(apis.CreateHandler(new Dictionary<string, HttpMessageHandler> { ["companion.example"] = companion })))
        {
            using var answer = await client.PostAsync("https://companion.example/gas/webhook", new StringContent("{}", Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.Accepted, answer.StatusCode);
            await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("https://api.github.com/"));
        }

        Assert.Equal(["POST https://companion.example/gas/webhook"], companion.Received);
        Assert.Equal(0, spotify.Traffic.Count() + notion.Traffic.Count());
        using var stillUsable = new HttpClient(companion, disposeHandler: false);
        Assert.Equal(HttpStatusCode.Accepted, (await stillUsable.GetAsync("https://companion.example/gas/health")).StatusCode);
    }

    /// <summary>Answers 202 to everything and keeps the method and address of each request.</summary>
    private sealed class AnsweringHandler : HttpMessageHandler
    {
        public List<string> Received { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            Received.Add($"{request.Method} {request.RequestUri}");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
        }
    }
}

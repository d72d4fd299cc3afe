using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Hosting;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Spotify;

public sealed class HostRoutingTests
{
    [Fact]
    public async Task Both_spotify_hosts_reach_the_one_simulator_through_host_routing()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        using var client = new HttpClient(new HostRoutingHandler([spotify.Host]));
        var refresh = spotify.Simulator.Tokens.IssueRefreshToken();

        using var token = await client.PostAsync("https://accounts.spotify.com/api/token",
            new FormUrlEncodedContent(AccountsTests.Form(("grant_type", "refresh_token"), ("refresh_token", refresh),
                ("client_id", SpotifyTestHost.ClientId), ("client_secret", SpotifyTestHost.ClientSecret))));
        var access = (string)JsonNode.Parse(await token.Content.ReadAsStringAsync())!["access_token"]!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.spotify.com/v1/me");
        request.Headers.Authorization = new("Bearer", access);
        using var me = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal([SpotifySync.Sandbox.Spotify.SpotifySimulator.ApiHost, SpotifySync.Sandbox.Spotify.SpotifySimulator.AccountsHost], spotify.Simulator.Hosts);
    }
}

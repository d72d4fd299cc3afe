using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Tests.Shapes;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Spotify;

public sealed class FaultTests
{
    [Theory]
    [InlineData(FaultKind.InternalError, 500, """{"error":{"status":500,"message":"Server error."}}""")]
    [InlineData(FaultKind.Unavailable, 503, """{"error":{"status":503,"message":"Service unavailable"}}""")]
    [InlineData(FaultKind.UnavailableAfterCommit, 503, """{"error":{"status":503,"message":"Service unavailable"}}""")]
    [InlineData(FaultKind.Unauthorized, 401, """{"error":{"status":401,"message":"Missing/invalid/expired access token"}}""")]
    [InlineData(FaultKind.Overloaded, 502, """{"error":{"status":502,"message":"Bad gateway."}}""")]
    public async Task Server_faults_are_written_in_the_web_api_shape(FaultKind kind, int status, string body)
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        spotify.Simulator.Faults.Next("GET /v1/me/tracks", new Fault(kind));

        using var response = await spotify.GetAsync("/v1/me/tracks");

        await WebApiTests.AssertErrorAsync(response, (HttpStatusCode)status, body);
        Assert.Equal(HttpStatusCode.OK, (await spotify.GetAsync("/v1/me/tracks")).StatusCode);
    }

    [Fact]
    public async Task An_injected_rate_limit_is_the_real_429_with_the_given_retry_after()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        spotify.Simulator.Faults.Next("GET /v1/me/player/recently-played", new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(7)));

        using var response = await spotify.GetAsync("/v1/me/player/recently-played");

        var exchange = JsonNode.Parse(Fixtures.Read("spotify", "http-429-rate-limit.exchange.json"))!;
        await WebApiTests.AssertErrorAsync(response, HttpStatusCode.TooManyRequests, exchange["body"]!.ToJsonString());
        Assert.Equal((string?)exchange["headers"]!["retry-after"], response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task An_injected_quota_exhaustion_defaults_to_the_observed_cool_down()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        spotify.Simulator.Faults.Next(FaultPlan.AnyEndpoint, new Fault(FaultKind.QuotaExceeded));

        using var response = await spotify.GetAsync("/v1/me");

        var exchange = JsonNode.Parse(Fixtures.Read("spotify", "http-429-quota-exceeded.exchange.json"))!;
        await WebApiTests.AssertErrorAsync(response, HttpStatusCode.TooManyRequests, exchange["body"]!.ToJsonString());
        Assert.Equal((string?)exchange["headers"]!["retry-after"], response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task A_503_after_a_rotating_refresh_ran_leaves_the_client_with_a_dead_refresh_token()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        var refresh = spotify.Simulator.Tokens.IssueRefreshToken();
        spotify.Simulator.Faults.Next("POST /api/token", new Fault(FaultKind.UnavailableAfterCommit));

        using var failed = await AccountsTests.RefreshAsync(spotify, refresh);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);

        using var retried = await AccountsTests.RefreshAsync(spotify, refresh);
        Assert.Equal(HttpStatusCode.BadRequest, retried.StatusCode);
        Assert.Equal("Invalid refresh token", (string?)JsonNode.Parse(await retried.Content.ReadAsStringAsync())!["error_description"]);
    }

    [Fact]
    public async Task Latency_is_spent_on_the_simulated_clock()
    {
        await using var spotify = await SpotifyTestHost.StartAsync();
        spotify.Simulator.Faults.WithLatency("GET /v1/me", LatencyModel.Fixed(TimeSpan.FromMilliseconds(850)));
        var before = spotify.Clock.GetUtcNow();

        (await spotify.GetAsync("/v1/me")).Dispose();

        Assert.Equal(TimeSpan.FromMilliseconds(850), spotify.Clock.GetUtcNow() - before);
        Assert.Equal("GET /v1/me", spotify.Simulator.Traffic.Entries.Single().Endpoint);
    }
}

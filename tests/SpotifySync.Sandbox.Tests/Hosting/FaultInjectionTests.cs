using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Sandbox.Hosting;
using Xunit;

namespace SpotifySync.Sandbox.Tests.Hosting;

public sealed class FaultInjectionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private const string Increment = "POST /v1/counter/{step:int}";
    private readonly ManualClock _clock = new(Start);
    private CounterSimulator _simulator = null!;
    private SimulatorHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _simulator = new CounterSimulator(_clock.AsSandboxTime());
        _host = await SimulatorHost.StartInProcessAsync(_simulator);
        _client = new HttpClient(_host.CreateHandler()) { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task NextFailsExactlyThatManyRequestsOfThatEndpointAndNothingIsDone()
    {
        _simulator.Faults.Next(Increment, new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(7)), times: 2);

        var first = await _client.PostAsync("v1/counter/1", null);
        var read = await _client.GetAsync("v1/counter");
        var second = await _client.PostAsync("v1/counter/1", null);
        var third = await _client.PostAsync("v1/counter/1", null);

        Assert.Equal((HttpStatusCode)429, first.StatusCode);
        Assert.Equal("7", first.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal((HttpStatusCode)429, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(1, _simulator.Value);
        Assert.Equal([FaultKind.RateLimited, null, FaultKind.RateLimited, null], _simulator.Traffic.Entries.Select(e => e.Fault));
    }

    [Fact]
    public async Task AfterCommitTheWorkIsDoneButTheCallerIsToldItFailed()
    {
        _simulator.Faults.Next(Increment, new Fault(FaultKind.UnavailableAfterCommit));

        var response = await _client.PostAsync("v1/counter/4", null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("{\"value\":4}", body.GetProperty("committed").GetString());
        Assert.Equal(4, _simulator.Value);
    }

    [Fact]
    public async Task AfterCommitPassesAFailureOfTheRequestItselfThrough()
    {
        _simulator.Faults.Next("*", new Fault(FaultKind.UnavailableAfterCommit));

        var response = await _client.GetAsync("v1/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ATimeoutHangsOnTheClockThenDropsTheConnectionWithNothingDone()
    {
        _simulator.Faults.Next(Increment, new Fault(FaultKind.Timeout, Hang: TimeSpan.FromSeconds(30)));

        await Assert.ThrowsAnyAsync<Exception>(() => _client.PostAsync("v1/counter/1", null));

        Assert.Equal(Start.AddSeconds(30), _clock.GetUtcNow());
        Assert.Equal(0, _simulator.Value);
        Assert.Equal(0, _simulator.Traffic.Entries.Single().Status);
    }

    [Fact]
    public async Task LatencyIsSpentOnTheSandboxClockBeforeTheRequestIsAnswered()
    {
        _simulator.Faults.WithLatency("*", LatencyModel.Fixed(TimeSpan.FromMilliseconds(250)))
            .WithLatency(Increment, LatencyModel.Fixed(TimeSpan.FromSeconds(2)));

        await _client.GetAsync("v1/counter");
        await _client.PostAsync("v1/counter/1", null);

        Assert.Equal(Start.AddMilliseconds(2250), _clock.GetUtcNow());
        Assert.Equal([TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(2)], _simulator.Traffic.Entries.Select(e => e.Latency));
    }

    [Fact]
    public async Task RandomFaultsAreTheSameForTheSameSeed()
    {
        async Task<string> Pattern(int seed)
        {
            var simulator = new CounterSimulator(new ManualClock(Start).AsSandboxTime(), seed: seed);
            simulator.Faults.Randomly(Increment, new Fault(FaultKind.InternalError), probability: 0.3);
            await using var host = await SimulatorHost.StartInProcessAsync(simulator);
            using var client = new HttpClient(host.CreateHandler()) { BaseAddress = host.BaseAddress };
            var codes = new System.Text.StringBuilder();
            for (var i = 0; i < 40; i++)
            {
                codes.Append((await client.PostAsync("v1/counter/1", null)).IsSuccessStatusCode ? '.' : 'x');
            }
            return codes.ToString();
        }

        var seven = await Pattern(7);
        Assert.Equal(seven, await Pattern(7));
        Assert.NotEqual(seven, await Pattern(8));
        Assert.InRange(seven.Count(c => c == 'x'), 4, 20);
    }
}

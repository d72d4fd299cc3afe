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

public sealed class SimulatorHostTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task InProcessAnswersAtTheRealHostWithoutASocket()
    {
        var simulator = new CounterSimulator(new ManualClock(Start).AsSandboxTime());
        await using var host = await SimulatorHost.StartInProcessAsync(simulator);
        using var client = new HttpClient(host.CreateHandler());

        Assert.True(host.IsInProcess);
        Assert.Equal(new Uri("https://counter.example/"), host.BaseAddress);
        var response = await client.PostAsync("https://counter.example/v1/counter/3", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task LoopbackListensOn127001AndRunsTheSameRoutes()
    {
        var simulator = new CounterSimulator(SandboxTime.RealTime);
        await using var host = await SimulatorHost.StartLoopbackAsync(simulator);
        using var client = new HttpClient(host.CreateHandler()) { BaseAddress = host.BaseAddress };

        Assert.False(host.IsInProcess);
        Assert.Equal("127.0.0.1", host.BaseAddress.Host);
        Assert.NotEqual(0, host.BaseAddress.Port);
        await client.PostAsync("v1/counter/2", null);
        Assert.Equal(2, (await client.GetFromJsonAsync<JsonElement>("v1/counter")).GetProperty("value").GetInt32());
        Assert.Equal(["POST /v1/counter/{step:int}", "GET /v1/counter/"], simulator.Traffic.Entries.Select(e => e.Endpoint));
    }

    [Fact]
    public async Task TrafficNamesEachRequestByItsRouteTemplateAndArrivalTime()
    {
        var clock = new ManualClock(Start);
        var simulator = new CounterSimulator(clock.AsSandboxTime());
        await using var host = await SimulatorHost.StartInProcessAsync(simulator);
        using var client = new HttpClient(host.CreateHandler());

        await client.PostAsync("https://counter.example/v1/counter/5?why=test", null);
        clock.Advance(TimeSpan.FromMinutes(1));
        await client.GetAsync("https://counter-alias.example/v1/nothing-here");

        var entries = simulator.Traffic.Entries;
        Assert.Equal(new TrafficEntry(Start, "POST", "POST /v1/counter/{step:int}", "/v1/counter/5?why=test", 200, TimeSpan.Zero, null), entries[0]);
        Assert.Equal(new TrafficEntry(Start.AddMinutes(1), "GET", "GET /v1/nothing-here", "/v1/nothing-here", 404, TimeSpan.Zero, null), entries[1]);
        Assert.Equal(1, simulator.Traffic.Count("POST /v1/counter/{step:int}"));
    }

    [Fact]
    public async Task HostRoutingSendsEachHostToItsSimulatorAndFailsUnknownHostsAsNameResolution()
    {
        var time = new ManualClock(Start).AsSandboxTime();
        var first = new CounterSimulator(time);
        await using var firstHost = await SimulatorHost.StartInProcessAsync(first);
        await using var secondHost = await SimulatorHost.StartInProcessAsync(new CounterSimulator(time, ["other.example"]));
        using var client = new HttpClient(new HostRoutingHandler([firstHost, secondHost]));

        await client.PostAsync("https://counter-alias.example/v1/counter/4", null);
        await client.PostAsync("https://other.example/v1/counter/1", null);
        Assert.Equal(4, first.Value);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync("https://nowhere.example/v1/counter"));
        Assert.Equal(HttpRequestError.NameResolutionError, error.HttpRequestError);
        Assert.Contains("nowhere.example", error.Message, StringComparison.Ordinal);
    }
}

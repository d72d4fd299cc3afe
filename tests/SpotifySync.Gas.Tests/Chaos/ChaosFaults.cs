using System;
using SpotifySync.Sandbox.Faults;
using SpotifySync.Simulation;

namespace SpotifySync.Gas.Tests.Chaos;

/// <summary>
/// A seed's weather: which faults each service throws at the sync and how often, and its usual latency. Every world
/// gets every kind at a rate drawn from its seed, so seeds differ in mix and intensity rather than in kind.
/// </summary>
internal static class ChaosFaults
{
    public const string CreatePage = "POST /v1/pages";

    private static readonly LatencyModel SpotifyLatency = LatencyModel.LogNormal(TimeSpan.FromMilliseconds(120), TimeSpan.FromMilliseconds(400));
    private static readonly LatencyModel NotionLatency = LatencyModel.LogNormal(TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(700));

    /// <summary>Latency that sends an execution past Apps Script's 6 minutes once it has a few calls to make.</summary>
    private static readonly LatencyModel Spike = LatencyModel.LogNormal(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(300));

    public static void Apply(SimulatedCloud cloud, Random random)
    {
        Calm(cloud);
        var spotify = cloud.Spotify.Faults;
        spotify.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(random.Next(1, 4))), Rate(random));
        spotify.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromMinutes(random.Next(2, 11))), Rate(random) / 4);
        spotify.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.InternalError), Rate(random));
        spotify.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.Unavailable), Rate(random));
        spotify.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.Timeout, Hang: TimeSpan.FromSeconds(random.Next(10, 61))), Rate(random) / 2);
        var notion = cloud.Notion.Faults;
        notion.Randomly(CreatePage, new Fault(FaultKind.UnavailableAfterCommit), Rate(random) * 2);
        notion.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.RateLimited, RetryAfter: TimeSpan.FromSeconds(random.Next(1, 4))), Rate(random));
        notion.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.Overloaded, RetryAfter: TimeSpan.FromSeconds(random.Next(1, 4))), Rate(random));
        notion.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.InternalError), Rate(random));
        notion.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.Unavailable), Rate(random));
        notion.Randomly(FaultPlan.AnyEndpoint, new Fault(FaultKind.Timeout, Hang: TimeSpan.FromSeconds(random.Next(10, 61))), Rate(random) / 2);
    }

    /// <summary>Both services slow to a crawl until <see cref="Calm"/>: executions with work to do are killed at 6 minutes.</summary>
    public static void SpikeLatency(SimulatedCloud cloud)
    {
        cloud.Spotify.Faults.WithLatency(FaultPlan.AnyEndpoint, Spike);
        cloud.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, Spike);
    }

    /// <summary>
    /// Page creations hang for 6 minutes (then succeed, the caller long gone): the first execution to create a page
    /// is killed at its deadline with the page in Notion but not in its state.
    /// </summary>
    public static void StallCreates(SimulatedCloud cloud)
    {
        Calm(cloud);
        cloud.Notion.Faults.WithLatency(CreatePage, LatencyModel.Fixed(TimeSpan.FromMinutes(6)));
    }

    /// <summary>The usual latency of each service.</summary>
    public static void Calm(SimulatedCloud cloud)
    {
        cloud.Spotify.Faults.WithLatency(FaultPlan.AnyEndpoint, SpotifyLatency);
        cloud.Notion.Faults.WithLatency(FaultPlan.AnyEndpoint, NotionLatency);
        cloud.Notion.Faults.WithLatency(CreatePage, NotionLatency);
    }

    /// <summary>Fair weather: no more faults, the usual latency.</summary>
    public static void Clear(SimulatedCloud cloud)
    {
        cloud.Spotify.Faults.ClearFaults();
        cloud.Notion.Faults.ClearFaults();
        Calm(cloud);
    }

    /// <summary>A fault's share of requests: up to 6 %.</summary>
    private static double Rate(Random random) => random.NextDouble() * 0.06;
}

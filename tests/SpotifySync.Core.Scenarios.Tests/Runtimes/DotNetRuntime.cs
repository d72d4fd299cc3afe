using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Scenarios.Running;
using SpotifySync.Core.Scenarios.Tests.World;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Simulation;
using Xunit.Sdk;

namespace SpotifySync.Core.Scenarios.Tests.Runtimes;

/// <summary>
/// A scenario on .NET: the sync core as the .NET library (<c>SpotifySync.Core</c>) on the companion's ports (HTTP,
/// cache, crypto) and an in-memory store, lock, mail, log and progress, against the sandbox in-process on a simulated
/// clock that the core's sleeps and the simulators' latency move.
/// </summary>
internal static class DotNetRuntime
{
    /// <summary>Runs the entry point in a fresh world; an exception it throws fails the scenario, shown with the runs' log.</summary>
    public static async Task RunAsync(Action entryPoint)
    {
        using var companion = new CompanionStandIn();
        var options = WorldSetup.Options(companion);
        var clock = new SimulatedClock(options.Start);
        await using var apis = await SimulatedApis.StartAsync(options, clock.AsSandboxTime());
        using var client = new HttpClient(apis.CreateHandler(options.OtherHosts));
        var store = new MemoryStore();
        var cache = new MemoryCache(clock);
        var mail = new RecordingMail();
        var log = new ListLog();
        var runLock = new MemoryLock();
        var progress = new ListProgress();
        var tracks = WorldSetup.Prepare(options, apis, clock.GetUtcNow(), store.Set);
        var world = new SandboxWorld(apis, tracks, clock, clock.Advance, companion, () => mail.Sent.Select(sent => sent.Subject), () => store.Values);
        SyncPorts ExecutionPorts() => new(new HttpClientHttp(client), store, cache, clock, log, new DotNetCrypto(), mail, runLock, progress);
        try
        {
            ScenarioRuntime.Run(new Scenario(world, ExecutionPorts, SpotifyAuth.AppsScriptRedirectUri(options.ScriptId)), entryPoint);
        }
        catch (Exception failure)
        {
            throw new XunitException($"{failure.GetType().Name}: {failure.Message}\nThe runs' log:\n{string.Join("\n", log.Lines)}", failure);
        }
    }
}

using System;
using System.Threading.Tasks;
using AppsScript.Emulator;
using AppsScript.Emulator.Time;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;

namespace SpotifySync.Simulation;

/// <summary>
/// The Apps Script emulator and the sandbox in one simulated time: the simulators read the emulator's virtual
/// clock and spend their latency on it, and the emulator's UrlFetchApp reaches them at the real addresses
/// (in-process, or on loopback ports).
/// </summary>
public sealed class SimulatedCloud : IAsyncDisposable
{
    private SimulatedCloud(SimulatedCloudOptions options, VirtualClock clock, ScriptEnvironment environment, SandboxApis apis)
    {
        Options = options;
        Clock = clock;
        Environment = environment;
        Apis = apis;
    }

    public SimulatedCloudOptions Options { get; }

    public ScriptEnvironment Environment { get; }

    public SandboxApis Apis { get; }

    public SpotifySimulator Spotify => Apis.Spotify;

    public NotionSimulator Notion => Apis.Notion;

    /// <summary>The environment's clock, which the simulators read and spend their latency on.</summary>
    public VirtualClock Clock { get; }

    public static async Task<SimulatedCloud> StartAsync(SimulatedCloudOptions? options = null)
    {
        options ??= new SimulatedCloudOptions();
        var clock = new VirtualClock(options.Start);
        // AdvanceAsync: a simulator spending latency holds no thread while the execution waits out its fetch.
        var time = new SandboxTime(clock, (latency, _) => clock.AdvanceAsync(latency));
        var apis = await SimulatedApis.StartAsync(options, time);
        var environment = new ScriptEnvironment(new ScriptEnvironmentOptions { Clock = clock, Seed = options.Seed, ScriptId = options.ScriptId, Limits = options.Limits }, apis.CreateHandler(options.OtherHosts));
        return new SimulatedCloud(options, clock, environment, apis);
    }

    public async ValueTask DisposeAsync()
    {
        Environment.Dispose();
        await Apis.DisposeAsync();
    }
}

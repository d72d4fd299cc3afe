using System.Threading.Tasks;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;

namespace SpotifySync.Simulation;

/// <summary>
/// The simulated Spotify and Notion a <see cref="SimulatedCloud"/> holds, built from its options on a given time, so
/// that the sync core run on .NET (on a clock of its own) meets the same world the emulated script meets: the same
/// credentials and redirect URI, the library and faults drawn from the same seed.
/// </summary>
public static class SimulatedApis
{
    /// <summary>Starts the simulators, in-process or on loopback ports as <paramref name="options"/> say.</summary>
    public static Task<SandboxApis> StartAsync(SimulatedCloudOptions options, SandboxTime time)
    {
        var random = new SandboxRandom(options.Seed);
        var spotifyOptions = new SpotifySimulatorOptions
        {
            ClientId = options.SpotifyClientId,
            ClientSecret = options.SpotifyClientSecret,
            RedirectUris = [$"https://script.google.com/macros/d/{options.ScriptId}/usercallback"],
        };
        var spotify = new SpotifySimulator(options.SpotifyRateLimit is { } limit ? spotifyOptions with { RateLimit = limit } : spotifyOptions, time, random, options.Library);
        var notion = new NotionSimulator(new NotionSimulatorOptions { IntegrationTokens = [options.NotionToken], Time = time, Random = random });
        return options.Loopback ? SandboxApis.StartLoopbackAsync(spotify, notion) : SandboxApis.StartInProcessAsync(spotify, notion);
    }
}

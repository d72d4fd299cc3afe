using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using SpotifySync.Sandbox.Hosting;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;

namespace SpotifySync.Sandbox;

/// <summary>
/// The simulated Spotify and Notion a client talks to as if they were the real services: both simulators
/// started together, in-process or each on its own 127.0.0.1 port, and one handler that reaches either by the
/// real host names.
/// </summary>
public sealed class SandboxApis : IAsyncDisposable
{
    private SandboxApis(SpotifySimulator spotify, NotionSimulator notion, SimulatorHost spotifyHost, SimulatorHost notionHost)
    {
        Spotify = spotify;
        Notion = notion;
        SpotifyHost = spotifyHost;
        NotionHost = notionHost;
    }

    public SpotifySimulator Spotify { get; }

    public NotionSimulator Notion { get; }

    public SimulatorHost SpotifyHost { get; }

    public SimulatorHost NotionHost { get; }

    /// <summary>Both simulators behind ASP.NET Core's in-process server: no sockets, the time the simulators' clock says.</summary>
    public static Task<SandboxApis> StartInProcessAsync(SpotifySimulator spotify, NotionSimulator notion) =>
        StartAsync(spotify, notion, SimulatorHost.StartInProcessAsync);

    /// <summary>Each simulator on a free 127.0.0.1 port (Kestrel).</summary>
    public static Task<SandboxApis> StartLoopbackAsync(SpotifySimulator spotify, NotionSimulator notion) =>
        StartAsync(spotify, notion, simulator => SimulatorHost.StartLoopbackAsync(simulator));

    /// <summary>
    /// A handler for requests to the real addresses (<c>https://api.spotify.com/...</c>,
    /// <c>https://accounts.spotify.com/...</c>, <c>https://api.notion.com/...</c>) and to <paramref name="otherHosts"/>, whose
    /// handlers the caller keeps; any other host fails as unresolvable.
    /// </summary>
    public HttpMessageHandler CreateHandler(IReadOnlyDictionary<string, HttpMessageHandler>? otherHosts = null) =>
        new HostRoutingHandler([SpotifyHost, NotionHost], otherHosts);

    public async ValueTask DisposeAsync()
    {
        await SpotifyHost.DisposeAsync();
        await NotionHost.DisposeAsync();
    }

    private static async Task<SandboxApis> StartAsync(SpotifySimulator spotify, NotionSimulator notion, Func<ISimulator, Task<SimulatorHost>> start)
    {
        var spotifyHost = await start(spotify);
        try
        {
            return new SandboxApis(spotify, notion, spotifyHost, await start(notion));
        }
        catch
        {
            await spotifyHost.DisposeAsync();
            throw;
        }
    }
}

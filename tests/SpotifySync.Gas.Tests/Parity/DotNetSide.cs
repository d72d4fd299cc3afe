using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using SpotifySync.Core.Automation;
using SpotifySync.Companion.Ports;
using SpotifySync.Core.Ports;
using SpotifySync.Core.Spotify;
using SpotifySync.Core.Sync;
using SpotifySync.Core.Tests.Sandbox;
using SpotifySync.Sandbox;
using SpotifySync.Sandbox.Notion;
using SpotifySync.Sandbox.Spotify;
using SpotifySync.Simulation;

namespace SpotifySync.Gas.Tests.Parity;

/// <summary>
/// The sync core as the .NET library (<c>SpotifySync.Core</c>) with its .NET adapters, against an in-process
/// sandbox built as <see cref="SimulatedCloud"/> builds its own (<see cref="SimulatedApis"/>) but on a
/// <see cref="SimulatedClock"/>. Each run gets fresh ports over the
/// state that survives executions (properties, cache, the simulators), as an Apps Script execution does.
/// </summary>
internal sealed class DotNetSide : IParitySide
{
    private readonly SandboxApis _apis;
    private readonly HttpClient _client;
    private readonly SimulatedClock _clock;
    private readonly string _redirectUri;
    private readonly Properties _properties = new();
    private readonly MemoryCache _cache;
    private readonly RunLock _lock = new();

    private DotNetSide(SandboxApis apis, SimulatedClock clock, string redirectUri, NotionDatabaseIds tracks)
    {
        _apis = apis;
        _clock = clock;
        _redirectUri = redirectUri;
        _client = new HttpClient(apis.CreateHandler());
        _cache = new MemoryCache(clock);
        TracksDataSourceId = tracks.DataSourceId;
    }

    public string Name => "SpotifySync.Core on .NET";

    public SpotifySimulator Spotify => _apis.Spotify;

    public NotionSimulator Notion => _apis.Notion;

    public string TracksDataSourceId { get; }

    public DateTimeOffset Now => _clock.GetUtcNow();

    public static async Task<DotNetSide> StartAsync(SimulatedCloudOptions options)
    {
        var clock = new SimulatedClock(options.Start);
        var apis = await SimulatedApis.StartAsync(options, clock.AsSandboxTime());
        ParityWorld.WithLatency(apis.Spotify, apis.Notion);
        var tracks = apis.Notion.Workspace.CreateDatabase("Music Tracks", ParityWorld.TracksSchema);
        var side = new DotNetSide(apis, clock, SpotifyAuth.AppsScriptRedirectUri(options.ScriptId), tracks);
        foreach (var setting in ParityWorld.Settings(options, apis.Spotify, tracks, clock.GetUtcNow())) side._properties.Set(setting.Key, setting.Value);
        return side;
    }

    public void AdvanceTo(DateTimeOffset time)
    {
        if (time > Now) _clock.Advance(time - Now);
    }

    /// <summary>What <c>Code.cs</c> does for each function, over the .NET ports.</summary>
    public string Run(string function, params string[] arguments)
    {
        var services = new SyncServices(new SyncPorts(new HttpClientHttp(_client), _properties, _cache, _clock, new NoLog(), new DotNetCrypto(), new NoMail(), _lock, new NoProgress()), _redirectUri, "the .NET side");
        var automation = new AutomatedSync(services, () => false);
        return function switch
        {
            "syncSpotifyToNotion" => automation.Run(false, _ => { }).Status,
            "syncRecentlyPlayed" => automation.RecentlyPlayed(false).Status,
            "syncPlaylist" => automation.Playlist(arguments[0]).Status,
            "fullSync" => automation.FullSync().Status,
            _ => throw new ArgumentException($"The parity test runs no function {function}.", nameof(function)),
        };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _apis.DisposeAsync();
    }

    private sealed class Properties : IKeyValueStore
    {
        private readonly Dictionary<string, string> _values = new();

        public string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

        public void Set(string key, string value) => _values[key] = value;

        public void Delete(string key) => _values.Remove(key);
    }

    private sealed class RunLock : ILock
    {
        private bool _held;

        public bool TryLock(int milliseconds) => !_held && (_held = true);

        public void Release() => _held = false;
    }

    private sealed class NoLog : ILog
    {
        public void Info(string message)
        {
        }
    }

    private sealed class NoProgress : IProgress
    {
        public void Report(string operation, string line)
        {
        }
    }

    /// <summary>Alerts are not part of the Notion state compared.</summary>
    private sealed class NoMail : IMail
    {
        public void Send(string to, string subject, string body)
        {
        }
    }
}
